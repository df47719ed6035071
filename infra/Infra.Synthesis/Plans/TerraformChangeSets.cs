using System.Text.RegularExpressions;

namespace Infra.Plans;

/// <summary>Turns a Terraform plan into the neutral change set that previews render and gates judge.</summary>
public static partial class TerraformChangeSets
{
    /// <summary>
    /// The change set of <paramref name="plan"/>; resources whose address (instance keys removed) is in
    /// <paramref name="protectedAddresses"/> are marked protected.
    /// </summary>
    public static ChangeSet From(TerraformPlan plan, string source, IReadOnlySet<string>? protectedAddresses = null) =>
        From(plan, source, protectedAddresses, plan.ResourceChanges.Select(Attributes).ToList(), plan.ResourceChanges.SelectMany(Protections).ToList());

    /// <summary>
    /// Reads and converts a plan file in one pass: each resource's attribute diff is computed as it is read and its
    /// values dropped, so memory holds the diffs, not the plan. Without <paramref name="withAttributes"/> (a gate
    /// needs only actions) no diff is computed at all.
    /// </summary>
    public static (TerraformPlan Plan, ChangeSet Changes) Read(string path, string source, IReadOnlySet<string>? protectedAddresses, bool withAttributes)
    {
        var attributes = new List<IReadOnlyList<AttributeChange>>();
        var protections = new List<ProtectionChange>();
        var plan = TerraformPlanReader.Read(path, rc =>
        {
            attributes.Add(withAttributes ? Attributes(rc) : []);
            protections.AddRange(Protections(rc));
        });
        return (plan, From(plan, source, protectedAddresses, attributes, protections));
    }

    // A plan carries no lifecycle settings: the protections it shows are the resource's own attributes.
    private static IReadOnlyList<ProtectionChange> Protections(ResourceChange rc) =>
        PlanActions.Classify(rc.Actions)?.Kind is ChangeKind.Update or ChangeKind.Replace
            ? ProtectionSettings.Compare(rc.Address, rc.Type, rc.Before, rc.After)
            : [];

    private static IReadOnlyList<AttributeChange> Attributes(ResourceChange rc) =>
        PlanActions.Classify(rc.Actions)?.Kind is null or ChangeKind.NoOp or ChangeKind.Delete or ChangeKind.Forget
            ? []
            : AttributeDiff.Compute(rc.Before, rc.After, rc.AfterUnknown, rc.BeforeSensitive, rc.AfterSensitive, AttributeDiff.ReplacePaths(rc.ReplacePaths));

    private static ChangeSet From(TerraformPlan plan, string source, IReadOnlySet<string>? protectedAddresses, IReadOnlyList<IReadOnlyList<AttributeChange>> attributes, IReadOnlyList<ProtectionChange> protections)
    {
        var changes = new List<PlannedChange>(plan.ResourceChanges.Count);
        for (var i = 0; i < plan.ResourceChanges.Count; i++)
        {
            var rc = plan.ResourceChanges[i];
            // The reader has refused unknown action lists already; this holds for plans built in code too.
            var meaning = PlanActions.Classify(rc.Actions) ?? throw PlanErrors.UnknownActions(source, rc.Address, rc.Actions, PlanActions.Accepted);
            var kind = meaning.Kind == ChangeKind.NoOp && rc.Importing is not null ? ChangeKind.Import : meaning.Kind;
            changes.Add(new PlannedChange(rc.Address, rc.ModuleAddress ?? string.Empty, rc.Type, kind, rc.Actions)
            {
                Attributes = kind == ChangeKind.Import ? [] : attributes[i],
                DestroysExisting = meaning.Destroys,
                Forgets = meaning.Forgets,
                Importing = rc.Importing is not null,
                Protected = protectedAddresses is not null && protectedAddresses.Contains(ConfigAddress(rc.Address)),
                Reason = rc.ActionReason,
                PreviousAddress = rc.PreviousAddress,
                Deposed = rc.Deposed,
            });
        }

        var outputs = plan.OutputChanges
            .Where(o => PlanActions.Classify(o.Actions)?.Kind is not ChangeKind.NoOp)
            .SelectMany(o => AttributeDiff.Compute(o.Before, o.After, o.AfterUnknown, o.BeforeSensitive, o.AfterSensitive)
                .Select(a => a with { Path = a.Path == "(value)" ? o.Name : $"{o.Name}.{a.Path}" })
                .DefaultIfEmpty(new AttributeChange(o.Name, AttributeValue.Absent, AttributeValue.Absent)))
            .ToList();

        return new ChangeSet(source, changes)
        {
            OutputChanges = outputs,
            ProtectionChanges = protections,
            DriftCount = plan.ResourceDrift.Count,
            Errored = plan.Errored,
            Applyable = plan.Applyable,
            Complete = plan.Complete,
        };
    }

    /// <summary>
    /// The address of the configuration block behind a resource instance: instance keys removed, so that
    /// <c>aws_s3_bucket.b[0]</c> and <c>module.m["x"].aws_s3_bucket.b</c> match <c>aws_s3_bucket.b</c> and <c>module.m.aws_s3_bucket.b</c>.
    /// </summary>
    public static string ConfigAddress(string address) => InstanceKey().Replace(address, string.Empty);

    [GeneratedRegex("""\[(?:[0-9]+|"(?:[^"\\]|\\.)*")\]""")]
    private static partial Regex InstanceKey();
}
