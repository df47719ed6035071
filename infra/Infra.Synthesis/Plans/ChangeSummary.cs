namespace Infra.Plans;

/// <summary>How many resources a change set creates, updates, replaces, deletes, forgets, reads, imports and leaves alone.</summary>
public sealed record ChangeSummary(int Create, int Update, int Replace, int Delete, int Forget, int Read, int Import, int NoOp)
{
    /// <summary>The counts as (label, count) pairs in the order previews print them.</summary>
    public IReadOnlyList<(string Label, int Count)> Entries =>
    [
        ("create", Create), ("update", Update), ("replace", Replace), ("delete", Delete),
        ("forget", Forget), ("read", Read), ("import", Import), ("no-op", NoOp),
    ];

    /// <summary>Counts the changes; an import that also updates counts under both.</summary>
    public static ChangeSummary Of(IEnumerable<PlannedChange> changes)
    {
        var counts = new int[8];
        var imports = 0;
        foreach (var change in changes)
        {
            if (change.Kind == ChangeKind.Import)
            {
                imports++;
                continue;
            }

            counts[(int)change.Kind]++;
            if (change.Importing)
            {
                imports++;
            }
        }

        return new ChangeSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], imports, counts[7]);
    }
}
