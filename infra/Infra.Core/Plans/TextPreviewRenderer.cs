using System.Text;

namespace Infra.Plans;

/// <summary>Writes a preview as plain text: summary, banners, then every changed resource grouped by module.</summary>
public static class TextPreviewRenderer
{
    /// <summary>The whole preview, LF line endings, one trailing newline.</summary>
    public static string Render(ChangeSet changes, string stack)
    {
        var text = new StringBuilder();
        text.Append($"Preview of stack {stack} ({changes.Source})\n");
        text.Append("Summary: ").Append(PreviewLines.SummaryLine(changes.Summary)).Append('\n');
        foreach (var (severe, banner) in PreviewLines.Banners(changes))
        {
            text.Append(severe ? "!! " : "NOTE: ").Append(banner).Append('\n');
        }

        var listed = PreviewLines.Listed(changes);
        if (listed.Count == 0 && changes.OutputChanges.Count == 0)
        {
            text.Append("\nNo changes.\n");
            return text.ToString();
        }

        foreach (var group in listed.GroupBy(c => c.Group))
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
                text.Append("  ").Append(PreviewLines.Attribute(output)).Append('\n');
            }
        }

        return text.ToString();
    }
}
