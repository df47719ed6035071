namespace Infra.Plans;

/// <summary>
/// The step operations Pulumi writes (<c>apitype.OpType</c>) and what each means. Anything else is refused, as for
/// Terraform: a gate must not guess whether an operation it has never seen destroys something.
/// </summary>
public static class PulumiOps
{
    private static readonly IReadOnlyDictionary<string, (ChangeKind Kind, bool Destroys, bool Forgets)> Known =
        new Dictionary<string, (ChangeKind, bool, bool)>(StringComparer.Ordinal)
        {
            ["same"] = (ChangeKind.NoOp, false, false),
            ["create"] = (ChangeKind.Create, false, false),
            ["update"] = (ChangeKind.Update, false, false),
            ["delete"] = (ChangeKind.Delete, true, false),
            ["replace"] = (ChangeKind.Replace, true, false),
            ["create-replacement"] = (ChangeKind.Replace, true, false),
            ["delete-replaced"] = (ChangeKind.Replace, true, false),
            ["read"] = (ChangeKind.Read, false, false),
            ["read-replacement"] = (ChangeKind.Read, false, false),
            ["refresh"] = (ChangeKind.NoOp, false, false),
            ["discard"] = (ChangeKind.NoOp, false, false),
            ["discard-replaced"] = (ChangeKind.NoOp, false, false),
            ["remove-pending-replace"] = (ChangeKind.Forget, false, true),
            ["import"] = (ChangeKind.Import, false, false),
            ["import-replacement"] = (ChangeKind.Replace, true, false),
        };

    /// <summary>The operations accepted.</summary>
    public static IEnumerable<string> Accepted => Known.Keys;

    /// <summary>What an operation means; null when Pulumi is not known to write it.</summary>
    public static (ChangeKind Kind, bool Destroys, bool Forgets)? Classify(string op) =>
        Known.TryGetValue(op, out var meaning) ? meaning : null;
}
