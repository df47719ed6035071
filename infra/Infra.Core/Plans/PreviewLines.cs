using System.Globalization;
using System.Text;

namespace Infra.Plans;

/// <summary>The wording every preview format shares: kind names, symbols, banners and one block per resource.</summary>
public static class PreviewLines
{
    /// <summary>How many addresses a banner lists before it says how many more there are.</summary>
    public const int BannerAddresses = 20;

    /// <summary>Values longer than this are shortened: a preview is read, not diffed byte by byte.</summary>
    public const int MaxValueLength = 200;

    /// <summary>The word for a kind, as in the summary.</summary>
    public static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.NoOp => "no-op",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The changed resources a preview lists (no-ops left out), sorted by group then address.</summary>
    public static IReadOnlyList<PlannedChange> Listed(ChangeSet changes) =>
        changes.Changes.Where(c => c.Kind != ChangeKind.NoOp)
            .OrderBy(c => c.Group, StringComparer.Ordinal)
            .ThenBy(c => c.Address, StringComparer.Ordinal)
            .ThenBy(c => c.Deposed ?? string.Empty, StringComparer.Ordinal)
            .ToList();

    /// <summary>The summary as one line: <c>1 create, 0 update, ...</c>.</summary>
    public static string SummaryLine(ChangeSummary summary) =>
        string.Join(", ", summary.Entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Count} {e.Label}")));

    /// <summary>The banners: the plan errored, resources deleted, resources replaced, drift; empty when none apply.</summary>
    public static IReadOnlyList<(bool Severe, string Text)> Banners(ChangeSet changes)
    {
        var banners = new List<(bool, string)>();
        if (changes.Errored)
        {
            banners.Add((true, "The plan ERRORED: it is incomplete and must not be applied."));
        }

        var deleted = changes.Changes.Where(c => c.Kind == ChangeKind.Delete).Select(c => c.Address).ToList();
        if (deleted.Count > 0)
        {
            banners.Add((true, $"{Count(deleted.Count)} will be DELETED: {Addresses(deleted)}"));
        }

        var replaced = changes.Changes.Where(c => c.Kind == ChangeKind.Replace).Select(c => c.Address).ToList();
        if (replaced.Count > 0)
        {
            banners.Add((true, $"{Count(replaced.Count)} will be REPLACED (destroyed and created again): {Addresses(replaced)}"));
        }

        if (changes.Applyable == false && !changes.Errored)
        {
            banners.Add((false, "The plan is not applyable."));
        }

        if (changes.DriftCount > 0)
        {
            banners.Add((false, $"{Count(changes.DriftCount)} changed outside the engine since the last apply (drift)."));
        }

        return banners;
    }

    /// <summary>The symbol of a change, in Terraform's style.</summary>
    public static string Symbol(PlannedChange change) => change.Kind switch
    {
        ChangeKind.Create => "+",
        ChangeKind.Update => "~",
        ChangeKind.Replace => change.Actions.Count > 0 && change.Actions[0] == "create" ? "+/-" : "-/+",
        ChangeKind.Delete => "-",
        ChangeKind.Forget => "!",
        ChangeKind.Read => "<=",
        ChangeKind.Import => "=",
        _ => " ",
    };

    /// <summary>One resource: its line, then one indented line per changed attribute; ends with a newline.</summary>
    public static string Block(PlannedChange change)
    {
        var notes = new List<string> { Word(change.Kind) };
        if (change.Importing && change.Kind != ChangeKind.Import)
        {
            notes.Add("import");
        }

        if (change.Deposed is not null)
        {
            notes.Add($"deposed object {change.Deposed}");
        }

        if (change.PreviousAddress is not null)
        {
            notes.Add($"moved from {change.PreviousAddress}");
        }

        if (change.Protected)
        {
            notes.Add("protected");
        }

        if (change.Reason is not null)
        {
            notes.Add(change.Reason);
        }

        var text = new StringBuilder();
        text.Append(Symbol(change)).Append(' ').Append(change.Address).Append(" (").Append(string.Join("; ", notes)).Append(")\n");
        foreach (var attribute in change.Attributes)
        {
            text.Append("    ").Append(Attribute(attribute)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One attribute: <c>path: before → after</c>, or <c>+ path = after</c> when it is new.</summary>
    public static string Attribute(AttributeChange attribute)
    {
        var suffix = attribute.ForcesReplacement ? "   # forces replacement" : string.Empty;
        if (attribute.Before.State == ValueState.Absent)
        {
            return $"+ {attribute.Path} = {Value(attribute.After)}{suffix}";
        }

        if (attribute.After.State == ValueState.Absent)
        {
            return $"- {attribute.Path} = {Value(attribute.Before)}{suffix}";
        }

        return $"~ {attribute.Path}: {Value(attribute.Before)} → {Value(attribute.After)}{suffix}";
    }

    /// <summary>The group heading: the module or component, or <c>(root)</c>.</summary>
    public static string GroupName(string group) => group.Length == 0 ? "(root)" : group;

    private static string Value(AttributeValue value)
    {
        var text = value.Display.ReplaceLineEndings(" ");
        return text.Length <= MaxValueLength ? text : string.Concat(text.AsSpan(0, MaxValueLength), "…");
    }

    private static string Count(int n) => n == 1 ? "1 resource" : string.Create(CultureInfo.InvariantCulture, $"{n} resources");

    private static string Addresses(IReadOnlyList<string> addresses) =>
        string.Join(", ", addresses.Take(BannerAddresses))
        + (addresses.Count > BannerAddresses ? string.Create(CultureInfo.InvariantCulture, $" and {addresses.Count - BannerAddresses} more") : string.Empty);
}
