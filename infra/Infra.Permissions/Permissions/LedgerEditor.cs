using System.Text.RegularExpressions;

namespace Infra.Permissions;

/// <summary>
/// Edits a ledger's text line by line, so that every comment, blank line and entry it does not change stays as it
/// is: appends grants and replaces or deletes grants' entries. The caller parses the result before writing it.
/// </summary>
internal static partial class LedgerEditor
{
    /// <summary>
    /// <paramref name="text"/> (whose entries are <paramref name="grants"/>) with the <c>required:</c> list of each grant in
    /// <paramref name="requiredUpdates"/> (by its line) replaced, or deleted when the new list is empty, each grant in
    /// <paramref name="removals"/> (by its line) deleted, and <paramref name="additions"/> appended in the order given.
    /// </summary>
    internal static string Rewrite(string text, IReadOnlyList<LedgerGrant> grants, IReadOnlyDictionary<int, IReadOnlyList<GrantRequirer>> requiredUpdates, IReadOnlySet<int> removals, IReadOnlyList<LedgerGrant> additions, string display)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        // Bottom up, so that the line numbers of the entries still to edit stay valid.
        foreach (var grant in grants.Where(g => removals.Contains(g.Line) || requiredUpdates.ContainsKey(g.Line)).OrderByDescending(g => g.Line))
        {
            var (start, end) = EntryRange(lines, grant.Line - 1);
            if (removals.Contains(grant.Line))
            {
                lines.RemoveRange(start, end - start);
                continue;
            }

            var keyIndent = Indent(lines[start]) + 2;
            var key = Enumerable.Range(start, end - start).FirstOrDefault(i => Indent(lines[i]) == keyIndent && lines[i].TrimStart().StartsWith("required:", StringComparison.Ordinal), -1);
            if (key < 0)
            {
                throw LedgerErrors.Invalid(display, grant.Line, "required", $"of {grant.Action} is missing, so its calls cannot be updated", "add the grant's 'required:' list, or run 'infra permissions sync' on an unedited ledger");
            }

            var keyEnd = key + 1;
            while (keyEnd < end && Indent(lines[keyEnd]) > keyIndent)
            {
                keyEnd++;
            }

            lines.RemoveRange(key, keyEnd - key);
            if (requiredUpdates[grant.Line].Count > 0)
            {
                lines.InsertRange(key, LedgerEntryFormat.Required(requiredUpdates[grant.Line], new string(' ', keyIndent)).TrimEnd('\n').Split('\n'));
            }
        }

        var updatedText = string.Join('\n', lines) + "\n";
        foreach (var addition in additions)
        {
            updatedText = Append(updatedText, addition);
        }

        return updatedText;
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="grant"/> appended at the end of the <c>grants:</c> list, after its
    /// last line of content; <c>grants: []</c> becomes a block list.
    /// </summary>
    internal static string Append(string text, LedgerGrant grant)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var grantsLine = lines.FindIndex(l => GrantsKey().IsMatch(l));
        if (grantsLine < 0)
        {
            lines.Add("grants:");
            grantsLine = lines.Count - 1;
        }
        else if (FlowEmpty().IsMatch(lines[grantsLine]))
        {
            // 'grants: []' becomes a block list; a comment after it stays on its line.
            lines[grantsLine] = FlowEmpty().Replace(lines[grantsLine], "grants:$1");
        }

        // The section ends at the next top-level key; the entry goes after its last line of content,
        // so that trailing comments and blank lines stay where they were.
        var end = grantsLine;
        string? indent = null;
        for (var i = grantsLine + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == trimmed.Length && !trimmed.StartsWith('-'))
            {
                break;
            }

            indent ??= trimmed.StartsWith('-') ? line[..(line.Length - trimmed.Length)] : null;
            end = i;
        }

        var entry = LedgerEntryFormat.Entry(grant, indent ?? "  ").TrimEnd('\n').Split('\n');
        lines.InsertRange(end + 1, entry);
        return string.Join('\n', lines) + "\n";
    }

    // The lines [start, end) of the entry whose '- action:' line is at index `start`: every following non-blank line
    // indented deeper than its dash. A comment or blank line after it belongs to what follows.
    private static (int Start, int End) EntryRange(List<string> lines, int start)
    {
        var dash = Indent(lines[start]);
        var end = start + 1;
        while (end < lines.Count && lines[end].Trim().Length > 0 && Indent(lines[end]) > dash)
        {
            end++;
        }

        return (start, end);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    [GeneratedRegex("^grants:")]
    private static partial Regex GrantsKey();

    [GeneratedRegex(@"^grants:\s*\[\s*\](\s*#.*)?\s*$")]
    private static partial Regex FlowEmpty();
}
