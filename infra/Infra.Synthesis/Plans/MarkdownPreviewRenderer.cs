using System.Globalization;
using System.Text;

namespace Infra.Plans;

/// <summary>
/// Writes a preview as a pull-request comment: a hidden marker naming the stack (so a workflow finds and updates its
/// own comment), the summary table and banners (protection changes included), then the details in a collapsible
/// section. The comment never exceeds <see cref="MaxCharacters"/>: when the details do not fit, they are cut at a
/// resource boundary, the policy document changes of the cut resources are kept, and a note says what was left out;
/// the summary, banners and policy changes always stay.
/// </summary>
public static class MarkdownPreviewRenderer
{
    /// <summary>The most characters a comment may have (GitHub refuses comments over 65,536).</summary>
    public const int MaxCharacters = 60_000;

    // Room kept for the closing tags and the cut note, so a cut comment still fits.
    private const int Reserve = 1_000;

    /// <summary>The hidden marker a workflow searches for to update its comment.</summary>
    public static string Marker(string stack) => $"<!-- infra-preview:stack={stack} -->";

    /// <summary>The whole comment, LF line endings, one trailing newline.</summary>
    public static string Render(ChangeSet changes, string stack, bool showUnchanged = false, int maxCharacters = MaxCharacters)
    {
        var text = new StringBuilder();
        text.Append(Marker(stack)).Append('\n');
        text.Append($"### Preview of stack `{stack}`\n\n");
        text.Append($"Source: {Escape(changes.Source)}\n\n");
        var entries = changes.Summary.Entries;
        text.Append("| ").Append(string.Join(" | ", entries.Select(e => e.Label))).Append(" |\n");
        text.Append('|').Append(string.Concat(entries.Select(_ => " ---: |"))).Append('\n');
        text.Append("| ").Append(string.Join(" | ", entries.Select(e => e.Count.ToString(CultureInfo.InvariantCulture)))).Append(" |\n");
        foreach (var (severe, banner) in PreviewLines.Banners(changes))
        {
            text.Append('\n').Append(severe ? "> [!CAUTION]\n" : "> [!NOTE]\n").Append("> **").Append(Escape(banner)).Append("**\n");
        }

        if (PreviewLines.NothingChanged(changes))
        {
            text.Append("\nNo changes.\n");
        }

        var listed = PreviewLines.Listed(changes);
        var unchangedLine = PreviewLines.UnchangedLine(changes, showUnchanged);
        if (listed.Count == 0 && changes.OutputChanges.Count == 0 && !(showUnchanged && unchangedLine is not null))
        {
            if (unchangedLine is not null)
            {
                text.Append('\n').Append(Escape(unchangedLine)).Append('\n');
            }

            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"\n<details><summary>Changes: {listed.Count} resource{(listed.Count == 1 ? string.Empty : "s")}</summary>\n");
        var budget = maxCharacters - Reserve;

        // The policy changes of every resource are kept whatever is cut: room for them is set aside first.
        var policyBlocks = listed.Select(c => Fence(PreviewLines.PolicyBlock(c))).ToList();
        var reserved = policyBlocks.Sum(b => (long)b.Length + 64);
        var shown = 0;
        var policiesOnly = 0;
        var policiesLeftOut = 0;
        var cut = false;
        var leftOutCharacters = 0L;
        string? openGroup = null;
        for (var i = 0; i < listed.Count; i++)
        {
            var change = listed[i];
            var policyBlock = policyBlocks[i];
            reserved -= policyBlock.Length + 64;
            var block = Fence(PreviewLines.Block(change));
            var heading = openGroup == change.Group ? string.Empty : (openGroup is null ? string.Empty : "```\n") + $"\n**{Escape(PreviewLines.GroupName(change.Group))}**\n\n```diff\n";
            cut = cut || text.Length + heading.Length + block.Length + reserved > budget;

            // Only when the policy changes alone overflow the comment does one go: the note counts it.
            var overflows = cut && text.Length + heading.Length + policyBlock.Length > budget;
            if (cut && (policyBlock.Length == 0 || overflows))
            {
                leftOutCharacters += block.Length;
                policiesLeftOut += policyBlock.Length == 0 ? 0 : 1;
                continue;
            }

            text.Append(heading).Append(cut ? policyBlock : block);
            openGroup = change.Group;
            if (cut)
            {
                leftOutCharacters += block.Length - policyBlock.Length;
                policiesOnly++;
            }
            else
            {
                shown++;
            }
        }

        if (openGroup is not null)
        {
            text.Append("```\n");
        }

        if (changes.OutputChanges.Count > 0)
        {
            var outputs = new StringBuilder();
            foreach (var output in changes.OutputChanges)
            {
                PreviewLines.AppendAttribute(outputs, output, string.Empty);
            }

            var section = $"\n**Outputs**\n\n```diff\n{Fence(outputs.ToString())}```\n";
            cut = cut || text.Length + section.Length > budget;
            if (cut)
            {
                leftOutCharacters += section.Length;
            }
            else
            {
                text.Append(section);
            }
        }

        if (unchangedLine is not null)
        {
            var section = showUnchanged
                ? $"\n{Escape(unchangedLine)}\n\n```\n{string.Concat(PreviewLines.Unchanged(changes).Select(a => a + "\n"))}```\n"
                : $"\n{Escape(unchangedLine)}\n";
            if (text.Length + section.Length > budget)
            {
                // The list of unchanged resources is the first thing to go: the count stays.
                section = $"\n{Escape(PreviewLines.UnchangedLine(changes, listed: false)!)}\n";
            }

            text.Append(section);
        }

        if (cut)
        {
            var omitted = listed.Count - shown;
            var what = string.Create(CultureInfo.InvariantCulture, $"{omitted} of {listed.Count} changed resources")
                + (policiesOnly > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({policiesOnly} of them shown with their policy changes only)") : string.Empty)
                + (policiesLeftOut > 0 ? string.Create(CultureInfo.InvariantCulture, $" (the policy changes of {policiesLeftOut} of them too: alone they would not fit)") : string.Empty)
                + (changes.OutputChanges.Count > 0 ? " and the outputs" : string.Empty);
            var complete = policiesLeftOut > 0 ? "The summary and banners above are complete" : "The summary, banners and policy changes above are complete";
            text.Append(CultureInfo.InvariantCulture, $"\n> [!NOTE]\n> Details cut to keep this comment under {maxCharacters} characters: {what} ({leftOutCharacters} characters) left out. {complete}; the full preview is in the workflow log (`infra preview --format text`).\n");
        }

        text.Append("\n</details>\n");
        return text.ToString();
    }

    // A value holding a code fence would end the diff block early and let the rest render as markdown.
    private static string Fence(string block) => block.Replace("```", "ˋˋˋ", StringComparison.Ordinal);

    private static string Escape(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
