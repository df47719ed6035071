using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// Turns a stack's references into the strings IAM evaluates: a resource's ARN built from its own arguments, and any
/// attribute reference (<c>aws_iam_role.x.arn</c>, <c>aws_s3_bucket.y.bucket</c>) as its value, with parts unknown
/// until apply written as <see cref="ResourceArnTokens"/> tokens.
/// </summary>
public interface IResourceArns
{
    /// <summary>The ARN of <paramref name="resource"/>, e.g. <c>arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev</c>.</summary>
    string Arn(CustomResource resource);

    /// <summary>The value of <paramref name="reference"/> as IAM would see it.</summary>
    string Value(AttributeReference reference);
}
