namespace Infra.Permissions;

/// <summary>A problem an IAM check found in one grant.</summary>
/// <param name="RuleId">The rule: <c>IAM-CATALOG</c> or <c>IAM-LEAST</c>.</param>
/// <param name="Grant">The grant.</param>
/// <param name="Message">What is wrong and the fix, with the narrower form or the "did you mean" when there is one.</param>
public sealed record PermissionFinding(string RuleId, PolicyGrant Grant, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Grant.Origin}: {RuleId}: {Grant.Action}: {Message}";
}
