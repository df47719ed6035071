using System.Text;

namespace Infra.Plans;

/// <summary>
/// Writes a preview as plain text: summary, banners (protection changes included), then every changed resource
/// grouped by module, the outputs, and the unchanged resources as a count (listed when asked).
/// </summary>
public static class TextPreviewRenderer
{
    /// <summary>The whole preview, LF line endings, one trailing newline.</summary>
    public static string Render(ChangeSet changes, string stack, bool showUnchanged = false)
    {
        var text = new StringBuilder();
        text.Append($"Preview of stack {stack} ({changes.Source})\n");
        text.Append("Summary: ").Append(PreviewLines.SummaryLine(changes.Summary)).Append('\n');
        foreach (var (severe, banner) in PreviewLines.Banners(changes))
        {
            text.Append(severe ? "!! " : "NOTE: ").Append(banner).Append('\n');
        }

        if (PreviewLines.NothingChanged(changes))
        {
            text.Append("\nNo changes.\n");
        }

        foreach (var group in PreviewLines.Listed(changes).GroupBy(c => c.Group))
        {
            text.Append('\n').Append(PreviewLines.GroupName(group.Key)).Append('\n');
            foreach (var change in group)
            {
                text.Append("  ").Append(PreviewLines.Block(change).Replace("\n    ", "\n      ", StringComparison.Ordinal));
            }
        }

        if (changes.OutputChanges.Count > 0)
        {
            text.Append("\nOutputs\n");
            foreach (var output in changes.OutputChanges)
            {
                PreviewLines.AppendAttribute(text, output, "  ");
            }
        }

        if (PreviewLines.UnchangedLine(changes, showUnchanged) is { } unchanged)
        {
            text.Append('\n').Append(unchanged).Append('\n');
            foreach (var address in showUnchanged ? PreviewLines.Unchanged(changes) : [])
            {
                text.Append("  ").Append(address).Append('\n');
            }
        }

        return text.ToString();
    }
}
