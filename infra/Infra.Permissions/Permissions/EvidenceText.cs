using System.Text.RegularExpressions;

namespace Infra.Permissions;

/// <summary>
/// Whether a reason (a policy statement's, an attachment's, a ledger grant's observed evidence) explains anything: it
/// must hold at least <see cref="MinimumWords"/> distinct words of three or more letters that are not on a stop-list of
/// words that say only that something is needed ("needed", "required", "permission", "access", "because", "todo",
/// "fix", ...) or join others ("the", "for", "and", ...). "needed" and "required for access" fail; "the function's
/// role writes its log group" passes.
/// </summary>
public static partial class EvidenceText
{
    /// <summary>How many distinct explaining words a reason needs.</summary>
    public const int MinimumWords = 3;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // Words that only restate that a grant is wanted.
        "access", "allow", "allowed", "allows", "because", "fix", "fixed", "fixme", "grant", "granted", "grants",
        "misc", "need", "needed", "needs", "permission", "permissions", "placeholder", "reason", "require", "required",
        "requires", "stuff", "tbd", "temp", "temporary", "todo", "xxx",

        // Joining words.
        "and", "are", "but", "for", "from", "has", "have", "its", "not", "that", "the", "this", "was", "with",
    };

    /// <summary>Null when <paramref name="text"/> explains something; otherwise what is wrong with it, for a finding.</summary>
    public static string? WhyNotAnExplanation(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "is empty";
        }

        // Stops at the third explaining word: synth judges every statement's reason, and most reasons are long. The
        // words are compared where they stand in the text, none copied out of it.
        Span<Range> words = stackalloc Range[MinimumWords];
        var count = 0;
        foreach (var match in Word().EnumerateMatches(text))
        {
            var word = text.AsSpan(match.Index, match.Length);
            if (StopWordSpans.Contains(word) || Seen(text, words[..count], word))
            {
                continue;
            }

            if (count + 1 >= MinimumWords)
            {
                return null;
            }

            words[count++] = new Range(match.Index, match.Index + match.Length);
        }

        return $"'{text.Trim()}' explains nothing (it names {count} of the {MinimumWords} words beyond 'needed', 'required', 'permission', 'access' and the like that a reason needs)";
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Seen(string text, ReadOnlySpan<Range> words, ReadOnlySpan<char> word)
    {
        foreach (var known in words)
        {
            if (text.AsSpan(known).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
