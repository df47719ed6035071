namespace Infra.Permissions;

/// <summary>
/// One request to evaluate: who (a role) calls which action on which resource (in its own account or, with
/// <see cref="ResourceAccount"/>, another's), with the request context keys the call carries. The evaluator adds
/// <c>aws:PrincipalArn</c> and <c>aws:PrincipalAccount</c> itself.
/// </summary>
/// <param name="Action">The IAM action, e.g. <c>s3:GetObject</c>; compared case-insensitively.</param>
/// <param name="Resource">The resource ARN (or <c>*</c> for an action without resource-level permissions); case-sensitive.</param>
/// <param name="PrincipalArn">The role's ARN, e.g. <c>arn:aws:iam::536580886816:role/2-1-bbws-github-deploy-dev</c>.</param>
/// <param name="PrincipalAccount">The role's account id, e.g. <c>536580886816</c>.</param>
/// <param name="Context">Request context keys and their values; keys are compared case-insensitively, as IAM does.</param>
public readonly record struct IamRequest(
    string Action,
    string Resource,
    string PrincipalArn,
    string PrincipalAccount,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Context)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoContext =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The account that owns the resource, when it is not the principal's: AWS then allows the request only when the
    /// role's identity policy and the resource's policy (bucket or key policy) both allow it. Null: the principal's account.
    /// </summary>
    public string? ResourceAccount { get; init; }

    /// <summary>True when the resource belongs to another account than the principal.</summary>
    public bool IsCrossAccount => ResourceAccount is { } owner && !string.Equals(owner, PrincipalAccount, StringComparison.Ordinal);

    /// <summary>A request carrying no context keys beyond the principal's.</summary>
    public IamRequest(string action, string resource, string principalArn, string principalAccount)
        : this(action, resource, principalArn, principalAccount, NoContext)
    {
    }
}
