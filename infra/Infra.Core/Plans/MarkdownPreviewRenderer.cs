using System.Globalization;
using System.Text;

namespace Infra.Plans;

/// <summary>
/// Writes a preview as a pull-request comment: a hidden marker naming the stack (so a workflow finds and updates its
/// own comment), the summary table and banners, then the details in a collapsible section. The comment never exceeds
/// <see cref="MaxCharacters"/>: when the details do not fit, they are cut at a resource boundary and a note says how
/// many resources and characters were left out; the summary and banners always stay.
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
    public static string Render(ChangeSet changes, string stack, int maxCharacters = MaxCharacters)
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

        var listed = PreviewLines.Listed(changes);
        if (listed.Count == 0 && changes.OutputChanges.Count == 0)
        {
            text.Append("\nNo changes.\n");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"\n<details><summary>Changes: {listed.Count} resource{(listed.Count == 1 ? string.Empty : "s")}</summary>\n");
        var budget = maxCharacters - Reserve;
        var shown = 0;
        var cut = false;
        var leftOutCharacters = 0L;
        string? openGroup = null;
        foreach (var change in listed)
        {
            var block = Fence(PreviewLines.Block(change));
            var heading = openGroup == change.Group ? string.Empty : (openGroup is null ? string.Empty : "```\n") + $"\n**{Escape(PreviewLines.GroupName(change.Group))}**\n\n```diff\n";
            cut = cut || text.Length + heading.Length + block.Length > budget;
            if (cut)
            {
                leftOutCharacters += block.Length;
                continue;
            }

            text.Append(heading).Append(block);
            openGroup = change.Group;
            shown++;
        }

        if (openGroup is not null)
        {
            text.Append("```\n");
        }

        if (changes.OutputChanges.Count > 0)
        {
            var outputs = new StringBuilder("\n**Outputs**\n\n```diff\n");
            foreach (var output in changes.OutputChanges)
            {
                outputs.Append(Fence(PreviewLines.Attribute(output) + "\n"));
            }

            outputs.Append("```\n");
            cut = cut || text.Length + outputs.Length > budget;
            if (cut)
            {
                leftOutCharacters += outputs.Length;
            }
            else
            {
                text.Append(outputs);
            }
        }

        if (cut)
        {
            var omitted = listed.Count - shown;
            text.Append(CultureInfo.InvariantCulture, $"\n> [!NOTE]\n> Details cut to keep this comment under {maxCharacters} characters: {omitted} of {listed.Count} changed resources{(changes.OutputChanges.Count > 0 ? " and the outputs" : string.Empty)} ({leftOutCharacters} characters) left out. The summary and banners above are complete; the full preview is in the workflow log (`infra preview --format text`).\n");
        }

        text.Append("\n</details>\n");
        return text.ToString();
    }

    // A value holding a code fence would end the diff block early and let the rest render as markdown.
    private static string Fence(string block) => block.Replace("```", "ˋˋˋ", StringComparison.Ordinal);

    private static string Escape(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
