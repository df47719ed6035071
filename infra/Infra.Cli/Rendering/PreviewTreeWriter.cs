using Infra.Plans;
using Infra.Previews;
using Spectre.Console;

namespace Infra.Cli.Rendering;

/// <summary>
/// Writes an offline preview as a resource tree, like <c>pulumi preview</c>: the banners (deletes, replaces, lost or
/// added protections), then one line per component and changed resource, marked <c>+</c> create, <c>~</c> update
/// (with what changed: policies statement by statement, long values by what changed inside them), <c>-</c> delete,
/// <c>+-</c> replace; then the changed outputs and a summary line. Unchanged resources are only counted unless
/// asked for; then they are listed unmarked. Colours only when the console supports them.
/// </summary>
public static class PreviewTreeWriter
{
    /// <summary>Writes the preview; unchanged resources, and components with nothing changed, only with <paramref name="showUnchanged"/>.</summary>
    public static void Write(IAnsiConsole console, OfflinePreviewResult preview, bool showUnchanged = false)
    {
        console.MarkupLine($"Previewing stack [bold]{Markup.Escape(preview.Stack)}[/] against {Markup.Escape(preview.Base)}");
        foreach (var (severe, banner) in PreviewLines.Banners(preview.Changes))
        {
            console.MarkupLine(severe ? $"[red]!! {Markup.Escape(banner)}[/]" : $"NOTE: {Markup.Escape(banner)}");
        }

        console.WriteLine();
        // Components that lost unchanged children to the filter: never marked as wholly created or deleted.
        var trimmed = new HashSet<PreviewNode>(ReferenceEqualityComparer.Instance);
        foreach (var root in preview.Tree)
        {
            WriteNode(console, Visible(root, showUnchanged, trimmed) ?? root with { Children = [] }, string.Empty, string.Empty, trimmed);
        }

        if (preview.Changes.OutputChanges.Count > 0)
        {
            console.WriteLine();
            console.WriteLine("Outputs:");
            var text = new System.Text.StringBuilder();
            foreach (var output in preview.Changes.OutputChanges)
            {
                PreviewLines.AppendAttribute(text, output, "    ");
            }

            console.Write(new Text(text.ToString()));
        }

        var summary = preview.Changes.Summary;
        console.WriteLine();
        console.MarkupLine($"Resources: [green]{summary.Create} to create[/], [yellow]{summary.Update} to update[/], [fuchsia]{summary.Replace} to replace[/], [red]{summary.Delete} to delete[/], {summary.NoOp} unchanged{(showUnchanged || summary.NoOp == 0 ? string.Empty : " (not shown; --show-unchanged lists them)")}");
    }

    // The tree without unchanged resources and without components left empty by that; null when nothing is left.
    private static PreviewNode? Visible(PreviewNode node, bool showUnchanged, HashSet<PreviewNode> trimmed)
    {
        if (showUnchanged)
        {
            return node;
        }

        if (node.Change is { } change)
        {
            return change.Kind == ChangeKind.NoOp ? null : node;
        }

        var children = node.Children.Select(c => Visible(c, showUnchanged, trimmed)).OfType<PreviewNode>().ToList();
        if (children.Count == 0)
        {
            return null;
        }

        var visible = node with { Children = children };
        if (Leaves(node).Any(c => c.Kind == ChangeKind.NoOp))
        {
            trimmed.Add(visible);
        }

        return visible;
    }

    private static void WriteNode(IAnsiConsole console, PreviewNode node, string indent, string branch, HashSet<PreviewNode> trimmed)
    {
        var (symbol, colour) = trimmed.Contains(node) ? (string.Empty, null) : Mark(node);
        var text = $"{symbol,-3}{indent}{branch}{node.Type} {node.Name}";
        console.MarkupLine(colour is null ? Markup.Escape(text) : $"[{colour}]{Markup.Escape(text)}[/]");
        if (node.Change is { Kind: ChangeKind.Update or ChangeKind.Replace } change)
        {
            foreach (var attribute in change.Attributes)
            {
                var lines = PreviewLines.AttributeLines(attribute);
                for (var i = 0; i < lines.Count; i++)
                {
                    var line = $"{string.Empty,-3}{indent}{(branch.Length == 0 ? string.Empty : "│  ")}    {(i == 0 ? string.Empty : "    ")}{(i == 0 && attribute.ForcesReplacement ? "(forces replacement) " : string.Empty)}{Plain(lines[i], i == 0)}";
                    console.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
                }
            }
        }

        var childIndent = branch.Length == 0 ? indent : indent + (branch == "└─ " ? "   " : "│  ");
        for (var i = 0; i < node.Children.Count; i++)
        {
            WriteNode(console, node.Children[i], childIndent, i == node.Children.Count - 1 ? "└─ " : "├─ ", trimmed);
        }
    }

    // The tree marks the resource, not each attribute: the first line drops the "~ " and the replacement suffix.
    private static string Plain(string line, bool first) =>
        !first ? line : (line.StartsWith("~ ", StringComparison.Ordinal) ? line[2..] : line).Replace("   # forces replacement", string.Empty, StringComparison.Ordinal);

    private static (string Symbol, string? Colour) Mark(PreviewNode node)
    {
        var kind = node.Change?.Kind ?? ComponentKind(node);
        return kind switch
        {
            ChangeKind.Create => ("+", "green"),
            ChangeKind.Update => ("~", "yellow"),
            ChangeKind.Replace => ("+-", "fuchsia"),
            ChangeKind.Delete => ("-", "red"),
            _ => (string.Empty, null),
        };
    }

    // A component is created or deleted when all of its resources are; otherwise it is shown unmarked.
    private static ChangeKind ComponentKind(PreviewNode node)
    {
        var kinds = Leaves(node).Select(c => c.Kind).Distinct().ToList();
        return kinds is [ChangeKind.Create] ? ChangeKind.Create : kinds is [ChangeKind.Delete] ? ChangeKind.Delete : ChangeKind.NoOp;
    }

    private static IEnumerable<PlannedChange> Leaves(PreviewNode node) =>
        node.Change is { } change ? [change] : node.Children.SelectMany(Leaves);
}
