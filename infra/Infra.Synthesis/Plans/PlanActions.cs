namespace Infra.Plans;

/// <summary>
/// The action lists Terraform and OpenTofu write, and what each means. Anything else is refused: a gate that
/// guessed at an action word it has never seen could let a destroy through.
/// </summary>
public static class PlanActions
{
    private static readonly IReadOnlyDictionary<string, (ChangeKind Kind, bool Destroys, bool Forgets)> Known =
        new Dictionary<string, (ChangeKind, bool, bool)>(StringComparer.Ordinal)
        {
            ["no-op"] = (ChangeKind.NoOp, false, false),
            ["create"] = (ChangeKind.Create, false, false),
            ["read"] = (ChangeKind.Read, false, false),
            ["update"] = (ChangeKind.Update, false, false),
            ["delete"] = (ChangeKind.Delete, true, false),
            ["delete,create"] = (ChangeKind.Replace, true, false),
            ["create,delete"] = (ChangeKind.Replace, true, false),
            ["forget"] = (ChangeKind.Forget, false, true),
            ["create,forget"] = (ChangeKind.Replace, false, true),
            ["forget,create"] = (ChangeKind.Replace, false, true),
        };

    /// <summary>The action lists accepted, as written in plans.</summary>
    public static IEnumerable<string> Accepted => Known.Keys.Select(k => "[" + string.Join(',', k.Split(',').Select(w => $"\"{w}\"")) + "]");

    /// <summary>
    /// What an action list means; null when the list is not one Terraform writes (an unknown word or order).
    /// </summary>
    public static (ChangeKind Kind, bool Destroys, bool Forgets)? Classify(IReadOnlyList<string> actions) =>
        Known.TryGetValue(string.Join(',', actions), out var meaning) ? meaning : null;
}
