using Principal = Infra.Permissions.IamStatement.PrincipalMatch;

namespace Infra.Permissions;

/// <summary>
/// Decides a role's requests as AWS does within one account
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html and
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html):
/// a matching Deny in any policy wins; a permissions boundary, when present, must allow; then an allow in an identity
/// policy, or in a resource policy naming the role itself, is enough; except that a KMS key policy must allow, either
/// the role (enough) or the account (then an identity policy must allow too). Across accounts
/// (<see cref="IamRequest.ResourceAccount"/>,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html) neither is
/// enough alone: an identity policy and the resource's policy (naming the role, its account or everyone) must both allow.
/// Built once per role; <see cref="Evaluate"/> does not allocate on its common paths.
/// </summary>
public sealed class PolicyEvaluator
{
    private readonly IamPolicyDocument[] identityPolicies;
    private readonly IamPolicyDocument? boundary;

    /// <summary>An evaluator for a role with <paramref name="identityPolicies"/> and an optional <paramref name="permissionsBoundary"/>.</summary>
    public PolicyEvaluator(IReadOnlyList<IamPolicyDocument> identityPolicies, IamPolicyDocument? permissionsBoundary = null)
    {
        foreach (var policy in permissionsBoundary is null ? identityPolicies : identityPolicies.Append(permissionsBoundary))
        {
            foreach (var statement in policy.Statements)
            {
                if (statement.Principals is not null)
                {
                    throw new InfraException($"IAM policy '{policy.Name}' Statement[{statement.Index}]: field '{(statement.NotPrincipal ? "NotPrincipal" : "Principal")}' is not allowed in an identity policy or permissions boundary; remove it (the role the policy is attached to is the principal).");
                }
            }
        }

        this.identityPolicies = [.. identityPolicies];
        boundary = permissionsBoundary;
    }

    /// <summary>
    /// Decides <paramref name="request"/>. <paramref name="resourcePolicies"/> are the resource policies that may apply;
    /// those not governing the request's resource are ignored.
    /// </summary>
    public IamDecision Evaluate(in IamRequest request, IReadOnlyList<ResourcePolicy>? resourcePolicies = null)
    {
        Match identityAllow = default;
        foreach (var policy in identityPolicies)
        {
            var match = Scan(policy, request, resourcePolicy: false);
            if (match.Deny is { } deny)
            {
                return Decided(IamDecisionKind.ExplicitDeny, policy, deny, "a Deny statement matches");
            }

            if (identityAllow.Allow is null && match.Allow is not null)
            {
                identityAllow = match;
            }
        }

        Match boundaryAllow = default;
        if (boundary is not null)
        {
            boundaryAllow = Scan(boundary, request, resourcePolicy: false);
            if (boundaryAllow.Deny is { } deny)
            {
                return Decided(IamDecisionKind.ExplicitDeny, boundary, deny, "a Deny statement of the permissions boundary matches");
            }
        }

        Match resourceAllow = default;
        Match keyAllow = default;
        ResourcePolicy? keyPolicy = null;
        if (resourcePolicies is not null)
        {
            for (var i = 0; i < resourcePolicies.Count; i++)
            {
                var resourcePolicy = resourcePolicies[i];
                if (!resourcePolicy.Governs(request.Resource))
                {
                    continue;
                }

                var match = Scan(resourcePolicy.Policy, request, resourcePolicy: true);
                if (match.Deny is { } deny)
                {
                    return Decided(IamDecisionKind.ExplicitDeny, resourcePolicy.Policy, deny, "a Deny statement of the resource policy matches");
                }

                if (resourcePolicy.Kind == ResourcePolicyKind.KmsKey)
                {
                    keyPolicy = resourcePolicy;
                    keyAllow = match.Principal > keyAllow.Principal ? match : keyAllow;
                }
                else if (match.Principal > resourceAllow.Principal)
                {
                    resourceAllow = match;
                }
            }
        }

        // The resource policy that can allow on its own: the key policy when there is one, otherwise any other.
        var ownAllow = keyPolicy is null ? resourceAllow : keyAllow;

        // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html (resource-based policies):
        // an implicit deny in a role's permissions boundary limits what a resource policy grants to the role's ARN, but
        // not what it grants to the role's session; a "*" grant names the session too.
        if (boundary is not null && boundaryAllow.Allow is null && ownAllow.Principal != Principal.Everyone)
        {
            return new IamDecision(IamDecisionKind.ImplicitDeny, boundary.Name, null, null, "the permissions boundary does not allow the action on the resource");
        }

        if (request.IsCrossAccount)
        {
            return CrossAccount(request, identityAllow, ownAllow, keyPolicy is not null);
        }

        if (keyPolicy is not null)
        {
            // https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html: IAM policies grant access to
            // a key only when its key policy allows the account (the root principal); otherwise the key policy alone decides.
            if (keyAllow.Allow is null)
            {
                return new IamDecision(IamDecisionKind.ImplicitDeny, keyPolicy.Policy.Name, null, null, "the key policy neither allows the role nor delegates to its account");
            }

            if (keyAllow.Principal != Principal.Account)
            {
                return Decided(IamDecisionKind.Allowed, keyAllow.Policy!, keyAllow.Allow, "the key policy allows the role");
            }

            return identityAllow.Allow is null
                ? new IamDecision(IamDecisionKind.ImplicitDeny, keyPolicy.Policy.Name, null, null, "the key policy delegates to the account, but no identity policy statement allows the action on the key")
                : Decided(IamDecisionKind.Allowed, identityAllow.Policy!, identityAllow.Allow, "an identity policy allows and the key policy delegates to the account");
        }

        if (identityAllow.Allow is not null)
        {
            return Decided(IamDecisionKind.Allowed, identityAllow.Policy!, identityAllow.Allow, "an identity policy allows");
        }

        // Naming only the account delegates to the account's IAM policies, which did not allow.
        if (resourceAllow.Principal > Principal.Account)
        {
            return Decided(IamDecisionKind.Allowed, resourceAllow.Policy!, resourceAllow.Allow!, "the resource policy allows the role");
        }

        return new IamDecision(IamDecisionKind.ImplicitDeny, null, null, null, "no identity policy or resource policy statement allows the action on the resource");
    }

    // The resource's owner must grant the role (or its account, or everyone) and the role's own account must too.
    private static IamDecision CrossAccount(in IamRequest request, Match identityAllow, Match ownAllow, bool key)
    {
        var policy = key ? "key policy" : "resource policy";
        if (ownAllow.Allow is null)
        {
            return new IamDecision(IamDecisionKind.ImplicitDeny, ownAllow.Policy?.Name, null, null, $"the resource belongs to account {request.ResourceAccount}, whose {policy} does not allow the role or its account");
        }

        return identityAllow.Allow is null
            ? new IamDecision(IamDecisionKind.ImplicitDeny, null, null, null, $"the {policy} of account {request.ResourceAccount} allows, but no identity policy statement of the role allows the action on the resource (across accounts both must)")
            : Decided(IamDecisionKind.Allowed, identityAllow.Policy!, identityAllow.Allow, $"an identity policy allows and the {policy} of account {request.ResourceAccount} allows the role across accounts");
    }

    // A statement decides the same way for most requests it matches (IAM-COVERAGE asks a policy hundreds of thousands of
    // times): its last decision is kept and given again when it would be equal. Decisions are immutable, so a race
    // between threads at worst makes an equal one twice.
    private static IamDecision Decided(IamDecisionKind kind, IamPolicyDocument policy, IamStatement statement, string reason)
    {
        if (statement.LastDecision is { } last && last.Kind == kind && ReferenceEquals(last.Reason, reason) && ReferenceEquals(last.PolicyName, policy.Name))
        {
            return last;
        }

        return statement.LastDecision = new(kind, policy.Name, statement.Index, statement.Sid, reason);
    }

    // The first matching Deny (which ends the scan) and the matching Allow that names the principal most broadly.
    private static Match Scan(IamPolicyDocument policy, IamRequest request, bool resourcePolicy)
    {
        policy.Candidates(request.Action, out var forService, out var forAnyService);
        var result = new Match(null, Principal.None, null, policy);
        if (!Scan(forService, request, resourcePolicy, actionMatched: true, ref result))
        {
            Scan(forAnyService, request, resourcePolicy, actionMatched: false, ref result);
        }

        return result;
    }

    // False once a Deny matched: nothing else can change the decision.
    private static bool Scan(IamStatement[] statements, IamRequest request, bool resourcePolicy, bool actionMatched, ref Match result)
    {
        foreach (var statement in statements)
        {
            // An identity statement's principal is the role it is attached to.
            var principal = Principal.Direct;
            if (resourcePolicy)
            {
                principal = statement.MatchPrincipal(request);
                if (principal == Principal.None)
                {
                    continue;
                }
            }

            if (statement.IsDeny)
            {
                if (statement.Applies(request, actionMatched))
                {
                    result = result with { Deny = statement };
                    return true;
                }

                continue;
            }

            if (principal > result.Principal && statement.Applies(request, actionMatched))
            {
                result = result with { Allow = statement, Principal = principal };
            }
        }

        return false;
    }

    private readonly record struct Match(IamStatement? Allow, Principal Principal, IamStatement? Deny, IamPolicyDocument? Policy);
}
