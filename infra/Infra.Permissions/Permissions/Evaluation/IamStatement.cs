namespace Infra.Permissions;

/// <summary>One statement of an <see cref="IamPolicyDocument"/>, with its patterns compiled for matching.</summary>
internal sealed class IamStatement
{
    public IamStatement(
        int index,
        string? sid,
        bool isDeny,
        WildcardPattern[] actions,
        bool notAction,
        WildcardPattern[]? resources,
        bool notResource,
        string[]? principals,
        bool notPrincipal,
        ConditionClause[] conditions)
    {
        Index = index;
        Sid = sid;
        IsDeny = isDeny;
        Actions = actions;
        NotAction = notAction;
        Resources = resources;
        NotResource = notResource;
        Principals = principals;
        NotPrincipal = notPrincipal;
        Conditions = conditions;
    }

    /// <summary>How a resource policy statement names the requesting role.</summary>
    public enum PrincipalMatch
    {
        /// <summary>The statement does not apply to the principal.</summary>
        None,

        /// <summary>By its account (<c>123456789012</c> or <c>arn:aws:iam::123456789012:root</c>): the account's IAM policies must allow too.</summary>
        Account,

        /// <summary>By the role's ARN: the statement alone can allow, within the permissions boundary.</summary>
        Direct,

        /// <summary>By <c>*</c>, which names the role's session too: the statement alone can allow, even beyond the permissions boundary.</summary>
        Everyone,
    }

    public int Index { get; }

    public string? Sid { get; }

    /// <summary>The decision this statement last gave (see <see cref="PolicyEvaluator"/>); null before the first.</summary>
    public IamDecision? LastDecision { get; set; }

    public bool IsDeny { get; }

    public WildcardPattern[] Actions { get; }

    public bool NotAction { get; }

    /// <summary>Null when the statement has no Resource (a resource policy statement: it covers its resource).</summary>
    public WildcardPattern[]? Resources { get; }

    public bool NotResource { get; }

    /// <summary>The AWS principals named (<c>*</c> for everyone); null when the statement names none (an identity statement).</summary>
    public string[]? Principals { get; }

    public bool NotPrincipal { get; }

    public ConditionClause[] Conditions { get; }

    /// <summary>True when the statement's action, resource and conditions all match the request.</summary>
    public bool Applies(in IamRequest request) => Applies(request, actionMatched: false);

    /// <summary>
    /// As <see cref="Applies(in IamRequest)"/>; <paramref name="actionMatched"/> says the caller already knows one of the
    /// statement's Action patterns matches (<see cref="IamPolicyDocument"/> indexes statements by action), so they are not tried again.
    /// </summary>
    public bool Applies(in IamRequest request, bool actionMatched)
    {
        if (!actionMatched || NotAction)
        {
            var action = false;
            foreach (var pattern in Actions)
            {
                if (pattern.IsMatch(request.Action))
                {
                    action = true;
                    break;
                }
            }

            if (action == NotAction)
            {
                return false;
            }
        }

        if (Resources is not null)
        {
            var resource = false;
            foreach (var pattern in Resources)
            {
                if (pattern.IsMatch(request.Resource))
                {
                    resource = true;
                    break;
                }
            }

            if (resource == NotResource)
            {
                return false;
            }
        }

        foreach (var condition in Conditions)
        {
            if (!condition.Holds(ContextValue(request, condition.Key)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How this (resource policy) statement names the request's principal.</summary>
    public PrincipalMatch MatchPrincipal(in IamRequest request)
    {
        if (Principals is null)
        {
            return PrincipalMatch.None;
        }

        var match = PrincipalMatch.None;
        foreach (var principal in Principals)
        {
            var named = principal == "*" ? PrincipalMatch.Everyone
                : string.Equals(principal, request.PrincipalArn, StringComparison.Ordinal) ? PrincipalMatch.Direct
                : IsAccount(principal, request.PrincipalAccount) ? PrincipalMatch.Account
                : PrincipalMatch.None;
            if (named > match)
            {
                match = named;
            }
        }

        // NotPrincipal applies to everyone it does not name; naming the role or its account excludes the role.
        return NotPrincipal ? (match == PrincipalMatch.None ? PrincipalMatch.Direct : PrincipalMatch.None) : match;
    }

    private static bool IsAccount(string principal, string account) =>
        string.Equals(principal, account, StringComparison.Ordinal)
        || (principal.Length == "arn:aws:iam::".Length + account.Length + ":root".Length
            && principal.StartsWith("arn:aws:iam::", StringComparison.Ordinal)
            && principal.EndsWith(":root", StringComparison.Ordinal)
            && principal.AsSpan("arn:aws:iam::".Length, account.Length).SequenceEqual(account));

    private static IReadOnlyList<string>? ContextValue(in IamRequest request, string key)
    {
        if (string.Equals(key, "aws:PrincipalArn", StringComparison.OrdinalIgnoreCase))
        {
            return [request.PrincipalArn];
        }

        if (string.Equals(key, "aws:PrincipalAccount", StringComparison.OrdinalIgnoreCase))
        {
            return [request.PrincipalAccount];
        }

        if (request.Context.TryGetValue(key, out var values))
        {
            return values;
        }

        // Keys are case-insensitive in IAM even when the caller's dictionary compares them ordinally.
        foreach (var pair in request.Context)
        {
            if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }
}
