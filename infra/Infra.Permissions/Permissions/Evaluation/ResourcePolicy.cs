namespace Infra.Permissions;

/// <summary>
/// A resource policy and the resource it is attached to. It takes part in a request only when the request is for that
/// resource (for an S3 bucket, the bucket or an object in it).
/// </summary>
public sealed class ResourcePolicy
{
    /// <summary>
    /// Pairs <paramref name="policy"/> with the resource it protects; every statement must name a Principal or
    /// NotPrincipal, as AWS requires of a resource policy.
    /// </summary>
    public ResourcePolicy(IamPolicyDocument policy, ResourcePolicyKind kind, string resourceArn)
    {
        foreach (var statement in policy.Statements)
        {
            if (statement.Principals is null)
            {
                throw new InfraException($"IAM policy '{policy.Name}' Statement[{statement.Index}]: field 'Principal' is missing; a resource policy statement must name who it applies to (\"*\" for everyone).");
            }
        }

        Policy = policy;
        Kind = kind;
        ResourceArn = resourceArn;
    }

    /// <summary>The policy document.</summary>
    public IamPolicyDocument Policy { get; }

    /// <summary>What it is attached to; a KMS key policy must allow for anything to be allowed.</summary>
    public ResourcePolicyKind Kind { get; }

    /// <summary>The ARN of the resource it is attached to, e.g. <c>arn:aws:s3:::bucket</c>.</summary>
    public string ResourceArn { get; }

    /// <summary>True when a request for <paramref name="resource"/> is governed by this policy.</summary>
    public bool Governs(string resource) =>
        string.Equals(resource, ResourceArn, StringComparison.Ordinal)
        || (Kind == ResourcePolicyKind.S3Bucket
            && resource.Length > ResourceArn.Length
            && resource[ResourceArn.Length] == '/'
            && resource.StartsWith(ResourceArn, StringComparison.Ordinal));
}
