using System.Text.RegularExpressions;

namespace Infra.Permissions;

/// <summary>One authorization failure found in an error message or a CI log.</summary>
/// <param name="Principal">Who was denied, as the message names it (an ARN, or <c>anonymous</c>); null when not named.</param>
/// <param name="Actions">The denied IAM actions, service prefix in lower case; empty when the message names none.</param>
/// <param name="Resource">The resource the message names, unquoted; null when none.</param>
/// <param name="Reason">Why it was denied.</param>
/// <param name="ExplicitDeny">True when the message says "with an explicit deny".</param>
/// <param name="PolicyArn">The denying policy's ARN, when the message gives it.</param>
/// <param name="Operation">The API operation from the SDK's wrapper (<c>Lambda: GetPolicy</c>, <c>GetObject</c>), when present.</param>
/// <param name="EncodedMessage">An encoded authorization failure message, for <c>aws sts decode-authorization-message</c>.</param>
/// <param name="Text">The denial's sentence, on one line, as found.</param>
public sealed partial record AccessDenial(
    string? Principal,
    IReadOnlyList<string> Actions,
    string? Resource,
    DenialReason Reason,
    bool ExplicitDeny,
    string? PolicyArn,
    string? Operation,
    string? EncodedMessage,
    string Text)
{
    /// <summary>The principal's AWS account id, when the principal is an ARN.</summary>
    public string? PrincipalAccount => Principal is not null && PrincipalPattern().Match(Principal) is { Success: true } m ? m.Groups["account"].Value : null;

    /// <summary>The IAM role name of an <c>assumed-role</c> or <c>role</c> principal (without its path or session); null otherwise.</summary>
    public string? PrincipalRoleName => Principal is not null && PrincipalPattern().Match(Principal) is { Success: true } m && m.Groups["role"].Success ? m.Groups["role"].Value : null;

    /// <summary>The reason as a short kebab-case word, as printed by <c>infra permissions parse</c>.</summary>
    public string ReasonName => Regex.Replace(Reason.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant();

    /// <summary>True when the message names a denied action and says nothing that puts the fix outside the principal's own policies.</summary>
    public bool IsMissingGrant => (Reason is DenialReason.MissingIdentityGrant or DenialReason.Unstated) && Actions.Count > 0;

    /// <inheritdoc/>
    public bool Equals(AccessDenial? other) =>
        other is not null && Principal == other.Principal && Actions.SequenceEqual(other.Actions) && Resource == other.Resource
        && Reason == other.Reason && ExplicitDeny == other.ExplicitDeny && PolicyArn == other.PolicyArn && Operation == other.Operation
        && EncodedMessage == other.EncodedMessage && Text == other.Text;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Principal, Resource, Reason, Text);

    [GeneratedRegex(@"^arn:[\w-]+:(?:sts|iam)::(?<account>[0-9]{12}):(?:assumed-role/(?<role>[^/]+)/.*|role/(?:.*/)?(?<role>[^/]+)|.*)$")]
    private static partial Regex PrincipalPattern();
}
