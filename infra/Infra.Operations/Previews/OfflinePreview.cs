using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Plans;
using Infra.Synthesis;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Previews;

/// <summary>
/// The preview that needs no cloud account: a fresh synth of one stack compared with a baseline of the generated
/// Terraform (the output committed at HEAD or at another revision, read from git: old code is never rebuilt). Each
/// resource is created, updated, replaced, deleted or unchanged; the roots' outputs are compared, protections lost
/// or gained are listed (a lifecycle setting is no attribute, so it would otherwise show as no change), and
/// generated <c>jsonencode</c> policies are read back into documents so they are compared statement by statement.
/// The result feeds the same renderers as plan previews, and a tree like <c>pulumi preview</c>.
/// </summary>
public static class OfflinePreview
{
    /// <summary>Compares the synthesized roots of <paramref name="stack"/> with their baseline.</summary>
    /// <param name="synthesis">A synth that includes the stack.</param>
    /// <param name="stack">The stack to preview.</param>
    /// <param name="readBase">Returns a generated file's baseline content by repository path, or null when it did not exist.</param>
    /// <param name="baseLabel">What the baseline is, for the heading.</param>
    public static OfflinePreviewResult Compute(SynthesisResult synthesis, Stack stack, Func<string, string?> readBase, string baseLabel)
    {
        var changes = new List<PlannedChange>();
        var outputs = new List<AttributeChange>();
        var trees = new List<PreviewNode>();
        foreach (var root in stack.Roots)
        {
            var path = TerraformJsonEmitter.DirectoryOf(root).Combine(TerraformJsonEmitter.FileName).Value;
            var currentModule = Module(synthesis.Files.Single(f => f.Path.Value == path).Content, path, "fresh synth");
            var baseText = readBase(path);
            var baseModule = baseText is null ? new JObject() : Module(baseText, path, baseLabel);
            var current = Resources(currentModule);
            var before = Resources(baseModule);
            outputs.AddRange(Outputs(baseModule, currentModule));
            var byAddress = new Dictionary<string, PlannedChange>(StringComparer.Ordinal);
            foreach (var address in current.Keys.Union(before.Keys).Order(StringComparer.Ordinal))
            {
                var change = Diff(address, before.GetValueOrDefault(address), current.GetValueOrDefault(address));
                byAddress[address] = change;
                changes.Add(change);
            }

            trees.Add(Tree(root, byAddress, before));
        }

        var changeSet = new ChangeSet($"synth of stack {stack.Name} against {baseLabel}", changes)
        {
            OutputChanges = outputs,
            ProtectionChanges = ProtectionLosses.Changes(synthesis, stack, readBase),
        };
        return new OfflinePreviewResult(stack.Name, baseLabel, changeSet, trees);
    }

    private static JObject Module(string json, string path, string origin)
    {
        try
        {
            return JObject.Parse(GeneratedText.Checked(json, $"{path} ({origin})"));
        }
        catch (JsonException e)
        {
            throw new InfraException($"{path} ({origin}) is not valid JSON ({e.Message}): regenerate it with 'infra synth', or pick another --base.");
        }
    }

    // The root's outputs, by name; in one root at a time, so two roots never mix.
    private static IEnumerable<AttributeChange> Outputs(JObject before, JObject after)
    {
        var old = (before["output"] as JObject)?.Properties().ToDictionary(p => p.Name, p => p.Value["value"], StringComparer.Ordinal) ?? [];
        var now = (after["output"] as JObject)?.Properties().ToDictionary(p => p.Name, p => p.Value["value"], StringComparer.Ordinal) ?? [];
        foreach (var name in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var (b, a) = (old.GetValueOrDefault(name), now.GetValueOrDefault(name));
            if (!old.ContainsKey(name) || !now.ContainsKey(name) || !JToken.DeepEquals(b, a))
            {
                yield return new AttributeChange(name, old.ContainsKey(name) ? Value(b) : AttributeValue.Absent, now.ContainsKey(name) ? Value(a) : AttributeValue.Absent);
            }
        }
    }

    private static Dictionary<string, JObject> Resources(JObject module)
    {
        var resources = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var type in (module["resource"] as JObject)?.Properties() ?? [])
        {
            foreach (var resource in ((JObject)type.Value).Properties())
            {
                resources[$"{type.Name}.{resource.Name}"] = (JObject)resource.Value;
            }
        }

        return resources;
    }

    private static PlannedChange Diff(string address, JObject? before, JObject? after)
    {
        var type = address[..address.IndexOf('.')];
        var group = GroupOf(after ?? before!);
        var isProtected = before?["lifecycle"]?["prevent_destroy"]?.Type == JTokenType.Boolean && before["lifecycle"]!.Value<bool>("prevent_destroy");
        if (before is null)
        {
            return new PlannedChange(address, group, type, ChangeKind.Create, ["create"])
            {
                Attributes = Attributes(type, new JObject(), after!),
            };
        }

        if (after is null)
        {
            return new PlannedChange(address, group, type, ChangeKind.Delete, ["delete"]) { DestroysExisting = true, Protected = isProtected };
        }

        var attributes = Attributes(type, before, after);
        if (attributes.Count == 0)
        {
            return new PlannedChange(address, group, type, ChangeKind.NoOp, ["no-op"]);
        }

        var replace = attributes.Any(a => a.ForcesReplacement);
        return new PlannedChange(address, group, type, replace ? ChangeKind.Replace : ChangeKind.Update, replace ? ["delete", "create"] : ["update"])
        {
            Attributes = attributes,
            DestroysExisting = replace,
            Protected = isProtected,
        };
    }

    // Terraform meta-arguments and the "//" note are not attributes of the cloud object.
    private static IReadOnlyList<AttributeChange> Attributes(string type, JObject before, JObject after)
    {
        var changes = new List<AttributeChange>();
        foreach (var key in before.Properties().Select(p => p.Name).Union(after.Properties().Select(p => p.Name)).Order(StringComparer.Ordinal))
        {
            if (key is "//" or "depends_on" or "lifecycle" or "provider")
            {
                continue;
            }

            var b = before[key];
            var a = after[key];
            if (JToken.DeepEquals(b, a))
            {
                continue;
            }

            changes.Add(new AttributeChange(key, Value(b), Value(a), before.Count > 0 && ForceNewAttributes.Forces(type, key)));
        }

        return changes;
    }

    // An expression is shown as written and marked; a jsonencode'd policy as the JSON string a plan would show, so
    // that it is compared statement by statement.
    private static AttributeValue Value(JToken? token) => token switch
    {
        null => AttributeValue.Absent,
        JValue { Type: JTokenType.String } v when JsonencodeExpression.TryParse((string)v!) is { } document => Expression(JsonConvert.ToString(document.ToString(Formatting.None))),
        JValue { Type: JTokenType.String } v when ((string)v!).Contains("${", StringComparison.Ordinal) => Expression(v.ToString(Formatting.None)),
        JValue v => AttributeValue.Known(v.ToString(Formatting.None)),
        _ => AttributeValue.Known(token.ToString(Formatting.None)),
    };

    private static AttributeValue Expression(string json) => AttributeValue.Known(json) with { EvaluatedAtPlanTime = true };

    // The emitter notes each resource's component as "path (type)", then "; suppressed RULE: reason" per suppression
    // (a reason may hold " (" too); a top-level resource notes its own name.
    private static string GroupOf(JObject body)
    {
        var origin = Origin(body.Value<string>("//"));
        var open = origin.LastIndexOf(" (", StringComparison.Ordinal);
        return open < 0 ? string.Empty : origin[..open];
    }

    private static string Origin(string? note)
    {
        note ??= string.Empty;
        var suppressed = note.IndexOf("; suppressed ", StringComparison.Ordinal);
        return suppressed < 0 ? note : note[..suppressed];
    }

    private static PreviewNode Tree(StackRoot root, IReadOnlyDictionary<string, PlannedChange> changes, IReadOnlyDictionary<string, JObject> before)
    {
        var tokens = root.CustomResources.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.First().PulumiToken, StringComparer.Ordinal);
        var deletedByGroup = changes.Values.Where(c => c.Kind == ChangeKind.Delete).GroupBy(c => c.Group).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);

        PreviewNode Node(Resource resource)
        {
            if (resource is CustomResource custom)
            {
                return new PreviewNode(custom.PulumiToken, custom.Name, changes[custom.TerraformAddress], []);
            }

            var children = ((ComponentResource)resource).Children.Where(c => c is not ProviderResource).Select(Node).ToList();
            var path = resource is StackRoot ? string.Empty : resource.Path;
            if (deletedByGroup.TryGetValue(path, out var deleted))
            {
                children.AddRange(deleted.Select(Deleted));
                placed.Add(path);
            }

            return new PreviewNode(resource.Type, resource.Name, null, children);
        }

        PreviewNode Deleted(PlannedChange change) =>
            new(tokens.GetValueOrDefault(change.Type, change.Type), NameOf(change, before), change, []);

        var tree = Node(root);

        // Resources of components that no longer exist hang under a node for the removed component.
        var orphans = deletedByGroup.Where(g => !placed.Contains(g.Key))
            .Select(g => new PreviewNode("(removed component)", g.Key, null, g.Value.Select(Deleted).ToList()));
        return tree with { Children = [.. tree.Children, .. orphans] };
    }

    private static string NameOf(PlannedChange change, IReadOnlyDictionary<string, JObject> before)
    {
        var note = Origin(before[change.Address].Value<string>("//"));
        return note.Length > 0 && !note.Contains(" (", StringComparison.Ordinal) ? note : change.Address[(change.Address.IndexOf('.') + 1)..].Replace('_', '-');
    }
}
