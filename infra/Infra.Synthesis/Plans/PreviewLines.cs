using System.Globalization;
using System.Text;

namespace Infra.Plans;

/// <summary>The wording every preview format shares: kind names, symbols, banners and one block per resource.</summary>
public static class PreviewLines
{
    /// <summary>How many addresses a banner lists before it says how many more there are.</summary>
    public const int BannerAddresses = 20;

    /// <summary>
    /// Values longer than this are not shown inline as before → after: the preview shows what changed inside them
    /// (<see cref="LongValueDiff"/>), or the whole value when it cannot be compared piecewise. Nothing is cut.
    /// </summary>
    public const int MaxValueLength = 200;

    /// <summary>The word for a kind, as in the summary.</summary>
    public static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.NoOp => "no-op",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The line that stands for the unchanged resources, which are counted, not listed, unless asked; null when
    /// there are none.
    /// </summary>
    public static string? UnchangedLine(ChangeSet changes, bool listed)
    {
        var count = changes.Summary.NoOp;
        return count == 0 ? null
            : listed ? string.Create(CultureInfo.InvariantCulture, $"{Count(count)} unchanged:")
            : string.Create(CultureInfo.InvariantCulture, $"{Count(count)} unchanged, not listed (--show-unchanged lists them).");
    }

    /// <summary>The unchanged resources' addresses, sorted.</summary>
    public static IReadOnlyList<string> Unchanged(ChangeSet changes) =>
        changes.Changes.Where(c => c.Kind == ChangeKind.NoOp).Select(c => c.Address).Order(StringComparer.Ordinal).ToList();

    /// <summary>True when the preview has nothing to show but the summary: no changed resource, output or protection.</summary>
    public static bool NothingChanged(ChangeSet changes) =>
        changes.OutputChanges.Count == 0 && changes.ProtectionChanges.Count == 0 && changes.Changes.All(c => c.Kind == ChangeKind.NoOp);

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

    /// <summary>
    /// The banners: the plan errored, resources deleted, resources replaced, each protection lost or added (never
    /// shortened), the net permission change of a group's several changed policies, drift; empty when none apply.
    /// </summary>
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

        foreach (var protection in changes.ProtectionChanges.Where(p => p.Weakened))
        {
            banners.Add((true, $"PROTECTION LOST: {protection.Address}: {protection.Description} (a destroy would no longer be stopped)."));
        }

        foreach (var protection in changes.ProtectionChanges.Where(p => !p.Weakened))
        {
            banners.Add((false, $"Protection added: {protection.Address}: {protection.Description}."));
        }

        banners.AddRange(NetPermissionChanges.Banners(changes));

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
            AppendAttribute(text, attribute, "    ");
        }

        return text.ToString();
    }

    /// <summary>
    /// The resource line and only its policy document changes, for a preview that must leave the other details
    /// out; empty when the change has no policy change.
    /// </summary>
    public static string PolicyBlock(PlannedChange change)
    {
        var policies = change.Attributes.Where(IsPolicyChange).ToList();
        if (policies.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.Append(Symbol(change)).Append(' ').Append(change.Address).Append(" (").Append(Word(change.Kind)).Append("; policy changes only, other details cut)\n");
        foreach (var attribute in policies)
        {
            AppendAttribute(text, attribute, "    ");
        }

        return text.ToString();
    }

    /// <summary>True when the attribute is, or holds (an inline policy), a policy document on both sides: the change is shown statement by statement.</summary>
    public static bool IsPolicyChange(AttributeChange attribute) =>
        (PolicyDocumentDiff.Document(attribute.Before) is not null && PolicyDocumentDiff.Document(attribute.After) is not null)
        || AttributeLines(attribute).Skip(1).Any(l => l.EndsWith(": policy document changed", StringComparison.Ordinal));

    /// <summary>
    /// One attribute as lines: <c>path: before → after</c>, <c>+ path = after</c> when new; a policy document is
    /// compared statement by statement and a long value shows what changed inside it, on the lines after the first.
    /// </summary>
    public static IReadOnlyList<string> AttributeLines(AttributeChange attribute)
    {
        var suffix = attribute.ForcesReplacement ? "   # forces replacement" : string.Empty;
        if (attribute.Before.State != ValueState.Absent && attribute.After.State != ValueState.Absent)
        {
            var note = attribute.Before.EvaluatedAtPlanTime || attribute.After.EvaluatedAtPlanTime ? " (evaluated at plan time)" : string.Empty;
            if (PolicyDocumentDiff.Lines(attribute.Before, attribute.After) is { } statements)
            {
                return [$"~ {attribute.Path}: policy document changed{note}{suffix}", .. statements];
            }

            // A short value is shown whole, unless it holds a policy document (an inline policy) to compare by statement.
            var (before, after) = (Value(attribute.Before), Value(attribute.After));
            var holdsPolicy = before.Contains("Statement", StringComparison.Ordinal) && after.Contains("Statement", StringComparison.Ordinal);
            if ((before.Length > MaxValueLength || after.Length > MaxValueLength || holdsPolicy) && LongValueDiff.Lines(attribute.Before, attribute.After) is { Count: > 0 } inside)
            {
                return [$"~ {attribute.Path}: changed inside ({before.Length} → {after.Length} characters){note}{suffix}", .. inside];
            }
        }

        return [Attribute(attribute)];
    }

    /// <summary>Appends the attribute's lines, the first at <paramref name="indent"/>, the details four spaces deeper.</summary>
    public static void AppendAttribute(StringBuilder text, AttributeChange attribute, string indent)
    {
        var lines = AttributeLines(attribute);
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(indent).Append(i == 0 ? string.Empty : "    ").Append(lines[i]).Append('\n');
        }
    }

    /// <summary>One attribute on one line, whole values: <c>path: before → after</c>, or <c>+ path = after</c> when it is new.</summary>
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

    private static string Value(AttributeValue value) => value.Display.ReplaceLineEndings(" ");

    private static string Count(int n) => n == 1 ? "1 resource" : string.Create(CultureInfo.InvariantCulture, $"{n} resources");

    private static string Addresses(IReadOnlyList<string> addresses) =>
        string.Join(", ", addresses.Take(BannerAddresses))
        + (addresses.Count > BannerAddresses ? string.Create(CultureInfo.InvariantCulture, $" and {addresses.Count - BannerAddresses} more") : string.Empty);
}
