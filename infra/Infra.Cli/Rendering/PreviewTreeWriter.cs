using Infra.Plans;
using Infra.Previews;
using Spectre.Console;

namespace Infra.Cli.Rendering;

/// <summary>
/// Writes an offline preview as a resource tree, like <c>pulumi preview</c>: one line per component and resource,
/// marked <c>+</c> create, <c>~</c> update (with the changed attributes), <c>-</c> delete, <c>+-</c> replace, blank when
/// unchanged, then a summary line. Colours only when the console supports them.
/// </summary>
public static class PreviewTreeWriter
{
    /// <summary>Writes the preview.</summary>
    public static void Write(IAnsiConsole console, OfflinePreviewResult preview)
    {
        console.MarkupLine($"Previewing stack [bold]{Markup.Escape(preview.Stack)}[/] against {Markup.Escape(preview.Base)}");
        console.WriteLine();
        foreach (var root in preview.Tree)
        {
            WriteNode(console, root, string.Empty, string.Empty);
        }

        var summary = preview.Changes.Summary;
        console.WriteLine();
        console.MarkupLine($"Resources: [green]{summary.Create} to create[/], [yellow]{summary.Update} to update[/], [fuchsia]{summary.Replace} to replace[/], [red]{summary.Delete} to delete[/], {summary.NoOp} unchanged");
    }

    private static void WriteNode(IAnsiConsole console, PreviewNode node, string indent, string branch)
    {
        var (symbol, colour) = Mark(node);
        var text = $"{symbol,-3}{indent}{branch}{node.Type} {node.Name}";
        console.MarkupLine(colour is null ? Markup.Escape(text) : $"[{colour}]{Markup.Escape(text)}[/]");
        if (node.Change is { Kind: ChangeKind.Update or ChangeKind.Replace } change)
        {
            foreach (var attribute in change.Attributes)
            {
                var line = $"{string.Empty,-3}{indent}{(branch.Length == 0 ? string.Empty : "│  ")}    {(attribute.ForcesReplacement ? "(forces replacement) " : string.Empty)}{attribute.Path}: {Shorten(attribute.Before.Display)} → {Shorten(attribute.After.Display)}";
                console.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
            }
        }

        var childIndent = branch.Length == 0 ? indent : indent + (branch == "└─ " ? "   " : "│  ");
        for (var i = 0; i < node.Children.Count; i++)
        {
            WriteNode(console, node.Children[i], childIndent, i == node.Children.Count - 1 ? "└─ " : "├─ ");
        }
    }

    // Whole policy documents do not fit a tree line; markdown and json carry the full values.
    private static string Shorten(string value) => value.Length <= 160 ? value : value[..157] + "...";

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
