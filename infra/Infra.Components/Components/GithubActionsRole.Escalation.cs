using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>The escalation guard of a CI role that manages workload roles (<see cref="EscalationGuard"/>).</summary>
public sealed partial class GithubActionsRole
{
    /// <summary>The escalation guard the role's policy was built with; null for a role that writes no roles.</summary>
    public EscalationGuard? Guard { get; private init; }

    /// <summary>
    /// The conditions a ledger grant gets from the guard: <c>iam:PermissionsBoundary</c> for a role write that
    /// supports it. Throws when a role-writing grant names a role outside the workload path, or a PassRole grant no
    /// service: the ledger would otherwise let CI write or pass CI's own roles.
    /// </summary>
    private static IReadOnlyList<PolicyCondition> GuardConditions(LedgerGrant grant, GithubActionsRoleArgs args)
    {
        if (args.Guard is not { } guard || !EscalationGuard.RoleWritingActions.Contains(grant.Action, StringComparer.OrdinalIgnoreCase))
        {
            return [];
        }

        var at = $"{args.Ledger.DisplayName}:{grant.Line}: {grant.Action} on {grant.Resource}";
        if (!grant.Resource.StartsWith(guard.WorkloadRoleArnPattern.TrimEnd('*'), StringComparison.Ordinal))
        {
            throw new ArgumentException($"{at}: {args.RoleName} may write and pass only workload roles ({guard.WorkloadRoleArnPattern}): give the role the workload path ({WorkloadBoundary.RolePath}) and fix the resource.", nameof(args));
        }

        if (grant.Action.Equals("iam:PassRole", StringComparison.OrdinalIgnoreCase) && grant.PassedToService is null)
        {
            throw new ArgumentException($"{at}: a PassRole grant must name the one service the role is passed to (passed-to-service), or CI could pass it to any service.", nameof(args));
        }

        return EscalationGuard.BoundaryConditionedActions.Contains(grant.Action, StringComparer.OrdinalIgnoreCase)
            ? [new PolicyCondition("StringEquals", "iam:PermissionsBoundary", [guard.BoundaryArn])]
            : [];
    }

    /// <summary>The KMS actions that change a key's policy, grants, state or life: denied to CI on the state key.</summary>
    public static readonly IReadOnlyList<string> StateKeyManagementActions =
    [
        "kms:CancelKeyDeletion", "kms:CreateGrant", "kms:DisableKey", "kms:DisableKeyRotation", "kms:PutKeyPolicy",
        "kms:ReplicateKey", "kms:RetireGrant", "kms:RevokeGrant", "kms:ScheduleKeyDeletion", "kms:UpdatePrimaryRegion",
    ];

    /// <summary>The guard's explicit denies, which no Allow of the ledger can override.</summary>
    private static IEnumerable<PolicyStatement> GuardStatements(GithubActionsRoleArgs args)
    {
        if (args.Guard is not { } guard)
        {
            yield break;
        }

        yield return new PolicyStatement
        {
            Sid = "DenyChangingCiRoles",
            Effect = "Deny",
            Actions =
            [
                "iam:AttachRolePolicy", "iam:CreateRole", "iam:DeleteRole", "iam:DeleteRolePermissionsBoundary", "iam:DeleteRolePolicy",
                "iam:DetachRolePolicy", "iam:PassRole", "iam:PutRolePermissionsBoundary", "iam:PutRolePolicy", "iam:TagRole",
                "iam:UntagRole", "iam:UpdateAssumeRolePolicy", "iam:UpdateRole", "iam:UpdateRoleDescription",
            ],
            Resources = [guard.ProtectedRoleArnPattern],
            Reason = "CI's own roles (deploy, plan, drift) change only through bootstrap, by an administrator: CI that could rewrite their trust or policies could grant itself anything. Their names share the workload prefix, and not every action supports the boundary condition, so they are denied by name.",
        };
        yield return new PolicyStatement
        {
            Sid = "DenyChangingBoundary",
            Effect = "Deny",
            Actions = ["iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:DeletePolicyVersion", "iam:SetDefaultPolicyVersion"],
            Resources = [guard.BoundaryArn],
            Reason = "The workload boundary is what keeps a CI-made role harmless: CI that could rewrite it could lift every role's cap.",
        };
        yield return new PolicyStatement
        {
            Sid = "DenyChangingOidcProvider",
            Effect = "Deny",
            Actions =
            [
                "iam:AddClientIDToOpenIDConnectProvider", "iam:CreateOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider",
                "iam:RemoveClientIDFromOpenIDConnectProvider", "iam:TagOpenIDConnectProvider", "iam:UntagOpenIDConnectProvider",
                "iam:UpdateOpenIDConnectProviderThumbprint",
            ],
            Resources = [guard.ProviderArn],
            Reason = "The GitHub OIDC provider decides which tokens the account trusts: CI must neither widen its audiences nor delete it (which locks CI out until an administrator re-applies bootstrap).",
        };
        yield return new PolicyStatement
        {
            Sid = "DenyRemovingBoundaries",
            Effect = "Deny",
            Actions = ["iam:DeleteRolePermissionsBoundary"],
            Resources = ["*"],
            Reason = "Removing a role's boundary uncaps it, and the action carries the boundary being removed, so the boundary condition alone would allow it: denied on every role.",
        };
        if (guard.StateKeyArn is { } stateKey)
        {
            yield return new PolicyStatement
            {
                Sid = "DenyManagingStateKey",
                Effect = "Deny",
                Actions = StateKeyManagementActions,
                Resources = [stateKey],
                Reason = "The main root's keys are unknown until apply, so the deploy role manages keys on key/*, which also matches the state key: CI that could rewrite its policy, grant it away, disable or delete it could read or destroy every stack's state.",
            };
        }
    }
}
