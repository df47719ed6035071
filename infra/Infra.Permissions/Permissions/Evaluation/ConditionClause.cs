using System.Globalization;

namespace Infra.Permissions;

/// <summary>
/// One condition key under one operator (<c>"StringLike": {"aws:PrincipalArn": [...]}</c>), compiled once. The
/// statement ANDs its clauses; the policy values of one clause are ORed.
/// </summary>
internal sealed class ConditionClause
{
    private readonly Family family;
    private readonly bool negated;
    private readonly bool ifExists;
    private readonly Qualifier qualifier;
    private readonly Comparison comparison;
    private readonly string[] values;
    private readonly WildcardPattern[] globs;
    private readonly WildcardPattern[][] arnParts;
    private readonly decimal[] numbers;

    private ConditionClause(string op, string key, Family family, bool negated, bool ifExists, Qualifier qualifier, Comparison comparison, string[] values)
    {
        Operator = op;
        Key = key;
        this.family = family;
        this.negated = negated;
        this.ifExists = ifExists;
        this.qualifier = qualifier;
        this.comparison = comparison;
        this.values = values;
        globs = family == Family.StringLike ? [.. values.Select(v => new WildcardPattern(v, ignoreCase: false))] : [];
        arnParts = family == Family.Arn ? [.. values.Select(ArnPatternParts)] : [];
        numbers = family == Family.Numeric ? [.. values.Select(v => decimal.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))] : [];
    }

    private enum Family
    {
        StringEquals,
        StringEqualsIgnoreCase,
        StringLike,
        Arn,
        Numeric,
        Bool,
        Null,
    }

    private enum Qualifier
    {
        None,
        ForAnyValue,
        ForAllValues,
    }

    private enum Comparison
    {
        Equal,
        LessThan,
        LessThanEquals,
        GreaterThan,
        GreaterThanEquals,
    }

    /// <summary>The operator as written, e.g. <c>ForAnyValue:StringLikeIfExists</c>.</summary>
    public string Operator { get; }

    /// <summary>The condition key, e.g. <c>aws:SecureTransport</c>.</summary>
    public string Key { get; }

    /// <summary>
    /// Compiles <paramref name="op"/> on <paramref name="key"/>; null with <paramref name="error"/> set when the operator
    /// is unknown or a value does not fit it.
    /// </summary>
    public static ConditionClause? Create(string op, string key, string[] values, out string? error)
    {
        error = null;
        var name = op;
        var qualifier = Qualifier.None;
        if (name.StartsWith("ForAnyValue:", StringComparison.Ordinal))
        {
            qualifier = Qualifier.ForAnyValue;
            name = name["ForAnyValue:".Length..];
        }
        else if (name.StartsWith("ForAllValues:", StringComparison.Ordinal))
        {
            qualifier = Qualifier.ForAllValues;
            name = name["ForAllValues:".Length..];
        }

        var ifExists = name.EndsWith("IfExists", StringComparison.Ordinal);
        if (ifExists)
        {
            name = name[..^"IfExists".Length];
        }

        (Family Family, bool Negated, Comparison Comparison)? parsed = name switch
        {
            "StringEquals" => (Family.StringEquals, false, Comparison.Equal),
            "StringNotEquals" => (Family.StringEquals, true, Comparison.Equal),
            "StringEqualsIgnoreCase" => (Family.StringEqualsIgnoreCase, false, Comparison.Equal),
            "StringNotEqualsIgnoreCase" => (Family.StringEqualsIgnoreCase, true, Comparison.Equal),
            "StringLike" => (Family.StringLike, false, Comparison.Equal),
            "StringNotLike" => (Family.StringLike, true, Comparison.Equal),
            // AWS documents ArnEquals and ArnLike as the same comparison (wildcards allowed in both).
            "ArnEquals" or "ArnLike" => (Family.Arn, false, Comparison.Equal),
            "ArnNotEquals" or "ArnNotLike" => (Family.Arn, true, Comparison.Equal),
            "NumericEquals" => (Family.Numeric, false, Comparison.Equal),
            "NumericNotEquals" => (Family.Numeric, true, Comparison.Equal),
            "NumericLessThan" => (Family.Numeric, false, Comparison.LessThan),
            "NumericLessThanEquals" => (Family.Numeric, false, Comparison.LessThanEquals),
            "NumericGreaterThan" => (Family.Numeric, false, Comparison.GreaterThan),
            "NumericGreaterThanEquals" => (Family.Numeric, false, Comparison.GreaterThanEquals),
            "Bool" => (Family.Bool, false, Comparison.Equal),
            "Null" => (Family.Null, false, Comparison.Equal),
            _ => null,
        };
        if (parsed is not { } p)
        {
            error = $"unknown condition operator '{op}'; use a String*, Arn*, Numeric*, Bool or Null operator, optionally with IfExists or ForAnyValue:/ForAllValues:";
            return null;
        }

        if (p.Family == Family.Null && (ifExists || qualifier != Qualifier.None))
        {
            error = $"operator '{op}': Null takes neither IfExists nor a ForAnyValue:/ForAllValues: qualifier; write Null";
            return null;
        }

        foreach (var value in values)
        {
            var bad = p.Family switch
            {
                Family.Numeric => !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                Family.Bool or Family.Null => !bool.TryParse(value, out _),
                _ => false,
            };
            if (bad)
            {
                error = $"operator '{op}' on '{key}': value '{value}' is not a {(p.Family == Family.Numeric ? "number" : "true/false")}";
                return null;
            }

            // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN:
            // the Arn operators compare each of the six colon-separated parts on its own, so a shorter value has no meaning.
            if (p.Family == Family.Arn && value.Split(':', 6).Length != 6)
            {
                error = $"operator '{op}' on '{key}': value '{value}' does not have the six colon-separated parts of an ARN; write one '*' per part, e.g. 'arn:aws:sqs:*:*:*'";
                return null;
            }
        }

        return new ConditionClause(op, key, p.Family, p.Negated, ifExists, qualifier, p.Comparison, values);
    }

    /// <summary>
    /// True when the clause holds for the request's values of <see cref="Key"/> (null when the request lacks the key).
    /// </summary>
    public bool Holds(IReadOnlyList<string>? present)
    {
        var missing = present is null || present.Count == 0;
        if (family == Family.Null)
        {
            // "Null": "true" holds when the key is absent, "false" when it is present; several values are ORed.
            foreach (var value in values)
            {
                if (bool.Parse(value) == missing)
                {
                    return true;
                }
            }

            return false;
        }

        if (missing)
        {
            // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html:
            // a key absent from the request context does not match, so the condition is false, except that a negated
            // operator (StringNotLike, ArnNotLike, ...) is then true, and ...IfExists is true.
            // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html:
            // ForAllValues is true when the key is absent or empty; ForAnyValue is false.
            return ifExists || qualifier switch
            {
                Qualifier.ForAllValues => true,
                Qualifier.ForAnyValue => false,
                _ => negated,
            };
        }

        switch (qualifier)
        {
            case Qualifier.ForAnyValue:
                for (var i = 0; i < present!.Count; i++)
                {
                    if (MatchesAny(present[i]) != negated)
                    {
                        return true;
                    }
                }

                return false;
            case Qualifier.ForAllValues:
                for (var i = 0; i < present!.Count; i++)
                {
                    if (MatchesAny(present[i]) == negated)
                    {
                        return false;
                    }
                }

                return true;
            default:
                // A plain operator: some request value matches some policy value; negated, none does.
                for (var i = 0; i < present!.Count; i++)
                {
                    if (MatchesAny(present[i]))
                    {
                        return !negated;
                    }
                }

                return negated;
        }
    }

    private static WildcardPattern[] ArnPatternParts(string value) =>
        [.. value.Split(':', 6).Select(part => new WildcardPattern(part, ignoreCase: false))];

    private bool MatchesAny(string requestValue)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (Matches(requestValue, i))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(string requestValue, int i) => family switch
    {
        Family.StringEquals => string.Equals(requestValue, values[i], StringComparison.Ordinal),
        Family.StringEqualsIgnoreCase => string.Equals(requestValue, values[i], StringComparison.OrdinalIgnoreCase),
        Family.StringLike => globs[i].IsMatch(requestValue),
        Family.Arn => ArnMatches(requestValue, arnParts[i]),
        Family.Numeric => NumberMatches(requestValue, numbers[i]),
        Family.Bool => string.Equals(requestValue, values[i], StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // ArnLike compares each of the six colon-separated parts on its own, so '*' does not run across a ':' there.
    private static bool ArnMatches(string requestValue, WildcardPattern[] parts)
    {
        var rest = requestValue.AsSpan();
        for (var i = 0; i < 5; i++)
        {
            var colon = rest.IndexOf(':');
            if (colon < 0 || !parts[i].IsMatch(rest[..colon]))
            {
                return false;
            }

            rest = rest[(colon + 1)..];
        }

        return parts[5].IsMatch(rest);
    }

    private bool NumberMatches(string requestValue, decimal policyValue)
    {
        if (!decimal.TryParse(requestValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        return comparison switch
        {
            Comparison.LessThan => number < policyValue,
            Comparison.LessThanEquals => number <= policyValue,
            Comparison.GreaterThan => number > policyValue,
            Comparison.GreaterThanEquals => number >= policyValue,
            _ => number == policyValue,
        };
    }
}
