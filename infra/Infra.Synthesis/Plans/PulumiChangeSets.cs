using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// Turns a Pulumi preview into the neutral change set. The steps of one resource (a replace and its
/// <c>create-replacement</c>/<c>delete-replaced</c> sub-steps) become one change; secrets (<c>[secret]</c>, or
/// Pulumi's secret envelope) are masked, and Pulumi's unknown-value sentinels show as known after apply.
/// </summary>
public static class PulumiChangeSets
{
    private const string SecretSignature = "4dabf18193072939515e22adb298388d";

    // plugin.Unknown*Value: what providers see for values not known until the update runs.
    private static readonly IReadOnlySet<string> UnknownSentinels = new HashSet<string>(StringComparer.Ordinal)
    {
        "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", "3eeb2bf0-c639-47a8-9e75-3b44932eb421", "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", "030794c1-ac77-496b-92df-f27374a8bd58", "e48ece36-62e2-4504-bad9-02848725956a",
        "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    };

    // When one resource has several steps, the most consequential one names its kind.
    private static readonly ChangeKind[] Precedence =
        [ChangeKind.Replace, ChangeKind.Delete, ChangeKind.Forget, ChangeKind.Create, ChangeKind.Update, ChangeKind.Import, ChangeKind.Read, ChangeKind.NoOp];

    /// <summary>The change set of <paramref name="preview"/>.</summary>
    public static ChangeSet From(PulumiPreview preview, string source)
    {
        var changes = new List<PlannedChange>();
        var protections = new List<ProtectionChange>();
        var outputs = new List<AttributeChange>();
        foreach (var steps in preview.Steps.GroupBy(s => s.Urn, StringComparer.Ordinal))
        {
            var meanings = steps.Select(s => (Step: s, Meaning: PulumiOps.Classify(s.Op) ?? throw PlanErrors.UnknownActions(source, s.Urn, [s.Op], PulumiOps.Accepted))).ToList();
            var kind = Precedence.First(k => meanings.Any(m => m.Meaning.Kind == k));
            var oldState = steps.Select(s => s.OldState).FirstOrDefault(s => s is not null);
            var newState = steps.Select(s => s.NewState).LastOrDefault(s => s is not null);
            var urn = PulumiUrn.TryParse(steps.Key);
            var type = urn?.Type ?? (newState ?? oldState)?["type"]?.ToString() ?? string.Empty;
            var replaceReasons = steps.SelectMany(s => s.ReplaceReasons).Distinct().ToList();
            var attributes = kind is ChangeKind.NoOp or ChangeKind.Delete or ChangeKind.Forget or ChangeKind.Read
                ? []
                : Diff(oldState?["inputs"], newState?["inputs"], replaceReasons);
            var address = urn?.Address ?? steps.Key;
            if (oldState is not null && newState is not null && kind is not (ChangeKind.Delete or ChangeKind.Forget))
            {
                protections.AddRange(new[] { "protect", "retainOnDelete" }
                    .Select(option => ProtectionSettings.Flag(address, $"Pulumi {option}", PlanJson.IsTrue(oldState[option]), PlanJson.IsTrue(newState[option])))
                    .OfType<ProtectionChange>());
                protections.AddRange(ProtectionSettings.Compare(address, type, oldState["inputs"], newState["inputs"]));
            }

            if (type == "pulumi:pulumi:Stack")
            {
                // The stack's outputs are the program's outputs.
                outputs.AddRange(Diff(oldState?["outputs"] ?? new JObject(), newState?["outputs"] ?? new JObject(), []));
            }

            changes.Add(new PlannedChange(urn?.Address ?? steps.Key, Group(urn), type, kind, steps.Select(s => s.Op).Distinct().ToList())
            {
                Attributes = attributes,
                DestroysExisting = meanings.Any(m => m.Meaning.Destroys),
                Forgets = meanings.Any(m => m.Meaning.Forgets),
                Importing = meanings.Any(m => m.Meaning.Kind == ChangeKind.Import) || steps.Any(s => s.Op == "import-replacement"),
                Protected = PlanJson.IsTrue(oldState?["protect"]) || PlanJson.IsTrue(newState?["protect"]),
                Reason = replaceReasons.Count > 0 ? "replace because of " + string.Join(", ", replaceReasons) : null,
            });
        }

        return new ChangeSet(source, changes) { Errored = preview.Errors.Count > 0, ProtectionChanges = protections, OutputChanges = outputs };
    }

    private static string Group(PulumiUrn? urn) =>
        urn is null ? string.Empty : string.Join('/', urn.ParentTypes.Where(t => t != "pulumi:pulumi:Stack"));

    private static IReadOnlyList<AttributeChange> Diff(JToken? before, JToken? after, IReadOnlyList<string> replaceReasons)
    {
        var (beforeSensitive, _) = Marks(before);
        var (afterSensitive, afterUnknown) = Marks(after);
        return AttributeDiff.Compute(before, after, afterUnknown, beforeSensitive, afterSensitive, replaceReasons);
    }

    // Builds Terraform-style sensitivity and unknown trees from Pulumi's in-band markers.
    private static (JToken? Sensitive, JToken? Unknown) Marks(JToken? value)
    {
        switch (value)
        {
            case null:
                return (null, null);
            case JObject o when o.ContainsKey(SecretSignature):
                return (true, null);
            case JObject o:
                {
                    var sensitive = new JObject();
                    var unknown = new JObject();
                    foreach (var p in o.Properties())
                    {
                        var (s, u) = Marks(p.Value);
                        sensitive[p.Name] = s;
                        unknown[p.Name] = u;
                    }

                    return (sensitive, unknown);
                }

            case JArray a:
                {
                    var marks = a.Select(Marks).ToList();
                    return (new JArray(marks.Select(m => m.Sensitive)), new JArray(marks.Select(m => m.Unknown)));
                }

            case JValue { Type: JTokenType.String } v when (string)v! == "[secret]":
                return (true, null);
            case JValue { Type: JTokenType.String } v when UnknownSentinels.Contains((string)v!):
                return (null, true);
            default:
                return (null, null);
        }
    }
}
