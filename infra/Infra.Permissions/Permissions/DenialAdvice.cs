namespace Infra.Permissions;

/// <summary>Where the fix of a denial belongs when it is not a grant on the role, in words a reviewer can act on.</summary>
public static class DenialAdvice
{
    /// <summary>Why a grant on the role would not fix <paramref name="denial"/>, and what would; null when a grant would.</summary>
    public static string? WhyNotAGrant(AccessDenial denial)
    {
        var action = denial.Actions.Count > 0 ? string.Join(", ", denial.Actions) : "the action";
        var on = denial.Resource is null ? string.Empty : $" on {denial.Resource}";
        var policy = denial.PolicyArn is null ? string.Empty : $" ({denial.PolicyArn})";
        return denial.Reason switch
        {
            DenialReason.MissingIdentityGrant or DenialReason.Unstated => null,
            DenialReason.IdentityPolicyDeny =>
                $"an identity-based policy explicitly denies {action}{on}, and no grant overrides an explicit deny: find the Deny statement among the role's policies (aws iam list-role-policies / list-attached-role-policies) and narrow or remove it",
            DenialReason.ServiceControlPolicy =>
                $"a service control policy of the AWS Organization{policy} denies {action}{on}: only the organization's administrators can change it; a grant on the role cannot help",
            DenialReason.ResourceControlPolicy =>
                $"a resource control policy of the AWS Organization{policy} denies {action}{on}: only the organization's administrators can change it",
            DenialReason.PermissionsBoundary =>
                $"the role's permissions boundary does not allow {action}{on}: widen the boundary (in the bootstrap root, reviewed and applied by an administrator), not the ledger",
            DenialReason.SessionPolicy =>
                $"the session policy passed when the role was assumed does not allow {action}{on}: remove or widen it (configure-aws-credentials' inline-session-policy or managed-session-policies)",
            DenialReason.VpcEndpointPolicy =>
                $"the VPC endpoint's policy does not allow {action}{on}: change the endpoint policy",
            DenialReason.ResourcePolicy when denial.Actions.Any(a => a.StartsWith("kms:", StringComparison.OrdinalIgnoreCase)) =>
                $"the KMS key policy of {denial.Resource ?? "the key"} does not allow {action} for this principal: add the principal to the key policy (where the key is defined); an IAM grant only counts when the key policy delegates to IAM",
            DenialReason.ResourcePolicy when denial.Actions.Any(a => a.StartsWith("sts:AssumeRole", StringComparison.OrdinalIgnoreCase)) =>
                $"the role's trust policy does not accept this caller ({action}): for GitHub OIDC check its conditions token.actions.githubusercontent.com:aud = sts.amazonaws.com and :sub = repo:OWNER/REPO:environment:<stack> in the bootstrap root",
            DenialReason.ResourcePolicy =>
                $"the resource's own policy (bucket, queue, topic or function policy) of {denial.Resource ?? "the resource"} does not allow {action}: change that policy where the resource is defined",
            DenialReason.Opaque =>
                "the error names no action. Find it in CloudTrail (Event history, filter on error code AccessDenied: eventSource and eventName give the action)"
                + (denial.EncodedMessage is null ? string.Empty : $", or decode the message with 'aws sts decode-authorization-message --encoded-message {denial.EncodedMessage}'")
                + (denial.Operation is null ? string.Empty : $"; the SDK call was {denial.Operation}, whose IAM action is usually of the same name (confirm in CloudTrail)")
                + "; then run add again with the full error",
            DenialReason.Unparseable =>
                "it looks like an authorization error, but no action could be read from it: paste the full message, which starts 'User: arn:aws:...' and names the action after 'not authorized to perform:'",
            _ => "it is not an authorization error: there is nothing to grant",
        };
    }
}
