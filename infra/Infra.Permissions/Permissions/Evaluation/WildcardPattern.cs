namespace Infra.Permissions;

/// <summary>
/// An IAM wildcard pattern compiled once: <c>*</c> matches any run of characters (including <c>:</c> and <c>/</c>),
/// <c>?</c> exactly one, every other character itself, so a <c>${...}</c> token is literal. Hand-written rather than a
/// Regex because the evaluator matches hundreds of thousands of requests and must not allocate per match.
/// </summary>
internal sealed class WildcardPattern
{
    private readonly string pattern;
    private readonly bool ignoreCase;
    private readonly bool hasWildcard;
    private readonly string prefix;
    private readonly string? suffix;

    public WildcardPattern(string pattern, bool ignoreCase)
    {
        // Lower-cased once so that a case-insensitive match lowers only the input's characters.
        this.pattern = ignoreCase ? pattern.ToLowerInvariant() : pattern;
        this.ignoreCase = ignoreCase;
        var firstWildcard = this.pattern.AsSpan().IndexOfAny('*', '?');
        hasWildcard = firstWildcard >= 0;

        // The literal part before the first wildcard: most inputs differ there, and a vectorized prefix test says so
        // without the character loop below.
        prefix = hasWildcard ? this.pattern[..firstWildcard] : this.pattern;

        // One '*' and no '?' (key/*, function:2-1-bbws-*-dev): a prefix and a suffix test decide, no loop needed.
        if (hasWildcard && this.pattern.IndexOf('?', StringComparison.Ordinal) < 0 && this.pattern.IndexOf('*', firstWildcard + 1) < 0)
        {
            suffix = this.pattern[(firstWildcard + 1)..];
        }
        MatchesEverything = pattern == "*";
        Text = pattern;
    }

    /// <summary>The pattern as written in the policy.</summary>
    public string Text { get; }

    /// <summary>True for <c>*</c> alone.</summary>
    public bool MatchesEverything { get; }

    /// <summary>True when <paramref name="input"/> matches the whole pattern.</summary>
    public bool IsMatch(ReadOnlySpan<char> input)
    {
        if (MatchesEverything)
        {
            return true;
        }

        if (!hasWildcard)
        {
            return ignoreCase
                ? input.Equals(pattern, StringComparison.OrdinalIgnoreCase)
                : input.SequenceEqual(pattern);
        }

        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!input.StartsWith(prefix, comparison))
        {
            return false;
        }

        if (suffix is not null)
        {
            return input.Length >= prefix.Length + suffix.Length && input.EndsWith(suffix, comparison);
        }

        // Greedy match with one backtrack point: the last '*' seen takes one more character on a mismatch.
        // Linear for the patterns IAM policies use; worst case O(pattern x input), never exponential.
        var p = prefix.Length;
        var s = prefix.Length;
        var star = -1;
        var mark = 0;
        while (s < input.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == Fold(input[s])))
            {
                p++;
                s++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private char Fold(char c) => ignoreCase ? char.ToLowerInvariant(c) : c;
}
