using System.Globalization;
using System.Text.RegularExpressions;
using Infra.Emitters;
using Infra.Workflows.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Workflows.Rendering;

/// <summary>
/// Writes a <see cref="Workflow"/> as YAML with YamlDotNet: keys in GitHub's customary order, maps of inputs and
/// variables sorted, scripts as literal blocks, strings quoted whenever a plain scalar would read as another type
/// (an account id with a leading zero would otherwise become a number), LF and one trailing newline.
/// </summary>
public static partial class WorkflowRenderer
{
    /// <summary>The first line of every generated workflow: which source and command produced it.</summary>
    public const string Header = "# generated from workflows-src; run dotnet run --project infra/Infra.Cli -- synth";

    /// <summary>The file for <paramref name="workflow"/>.</summary>
    public static GeneratedFile Render(Workflow workflow) => new(workflow.Path, Text(workflow));

    /// <summary>The YAML text of <paramref name="workflow"/>, headed by <see cref="Header"/>.</summary>
    public static string Text(Workflow workflow)
    {
        var root = Map(
            ("name", Str(workflow.Name)),
            ("run-name", workflow.RunName is null ? null : Str(workflow.RunName)),
            ("on", Triggers(workflow.On)),
            ("permissions", Permissions(workflow.Permissions)),
            ("jobs", Map(workflow.Jobs.Select(j => (j.Id, (YamlNode?)Job(j))).ToArray())));
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.Write(Header + "\n");
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n"));
        new YamlStream(new YamlDocument(root)).Save(emitter, assignAnchors: false);
        var body = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

        // YamlDotNet closes each document with an explicit end marker that no reader needs.
        if (body.EndsWith("...\n", StringComparison.Ordinal))
        {
            body = body[..^4];
        }

        return body.TrimEnd('\n') + "\n";
    }

    private static YamlMappingNode Triggers(Triggers on)
    {
        var branches = on.PushBranches is { } push ? Map(("branches", Seq(push.Select(Str)))) : null;
        var dispatch = on.Dispatch is { } inputs
            ? (inputs.Count == 0 ? new YamlMappingNode() : Map(("inputs", Map(inputs.Select(i => (i.Name, (YamlNode?)Input(i))).ToArray()))))
            : null;
        var call = on.Call is { } outputs
            ? Map(("outputs", Map(outputs.Select(o => (o.Name, (YamlNode?)Map(("description", Str(o.Description)), ("value", Str(o.Value))))).ToArray())))
            : null;
        return Map(
            ("push", branches),
            ("pull_request", on.PullRequest ? new YamlMappingNode() : null),
            ("workflow_dispatch", dispatch),
            ("workflow_call", call),
            ("schedule", on.Schedules.Count == 0 ? null : Seq(on.Schedules.Select(c => Map(("cron", Str(c)))))));
    }

    private static YamlMappingNode Input(WorkflowInput input) => Map(
        ("description", Str(input.Description)),
        ("required", Bool(input.Required)),
        ("type", Str(input.Options.Count == 0 ? "string" : "choice")),
        ("options", input.Options.Count == 0 ? null : Seq(input.Options.Select(Str))));

    private static YamlMappingNode Permissions(TokenPermissions permissions) =>
        Map(permissions.Scopes.Select(s => (s.Key, (YamlNode?)Str(s.Value))).ToArray());

    private static YamlMappingNode Job(Job job) => Map(
        ("name", Str(job.Name)),
        ("needs", job.Needs.Count == 0 ? null : Seq(job.Needs.Select(Str))),
        ("if", job.If is null ? null : Str(job.If)),
        ("permissions", job.Permissions is null ? null : Permissions(job.Permissions)),
        ("uses", job.Uses is null ? null : Str(job.Uses)),
        ("runs-on", job.Uses is null ? Str("ubuntu-latest") : null),
        ("environment", job.Environment is null ? null : Str(job.Environment)),
        ("concurrency", job.Concurrency is null ? null : Map(("group", Str(job.Concurrency.Group)), ("cancel-in-progress", Bool(job.Concurrency.CancelInProgress)))),
        ("timeout-minutes", job.Uses is null ? Number(job.TimeoutMinutes) : null),
        ("outputs", Sorted(job.Outputs)),
        ("steps", job.Uses is null ? Seq(job.Steps.Select(Step)) : null));

    private static YamlMappingNode Step(Step step) => Map(
        ("name", Str(step.Name)),
        ("id", step.Id is null ? null : Str(step.Id)),
        ("if", step.If is null ? null : Str(step.If)),
        ("uses", step.Uses is null ? null : Str(step.Uses)),
        ("with", Sorted(step.With)),
        ("env", Sorted(step.Env)),
        ("run", step.Run is null ? null : Script(step.Run)));

    private static YamlMappingNode? Sorted(IReadOnlyDictionary<string, string> values) =>
        values.Count == 0 ? null : Map(values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => (v.Key, (YamlNode?)Str(v.Value))).ToArray());

    // Null values are left out, so optional keys need no branching at the call sites.
    private static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                map.Add(new YamlScalarNode(key) { Style = ScalarStyle.Plain }, value);
            }
        }

        return map;
    }

    private static YamlSequenceNode Seq(IEnumerable<YamlNode> items) => new(items);

    private static YamlScalarNode Str(string value) =>
        new(value) { Style = NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };

    private static YamlScalarNode Script(string value) =>
        value.Contains('\n', StringComparison.Ordinal) ? new(value.TrimEnd('\n') + "\n") { Style = ScalarStyle.Literal } : Str(value);

    private static YamlScalarNode Bool(bool value) => new(value ? "true" : "false") { Style = ScalarStyle.Plain };

    private static YamlScalarNode Number(int value) => new(value.ToString(CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value.Trim() != value || NonString().IsMatch(value) || value.Contains('\n', StringComparison.Ordinal);

    // YAML 1.1 and 1.2 scalars that are not strings: booleans, nulls, numbers (with octal, hexadecimal and
    // sexagesimal forms) and timestamps.
    [GeneratedRegex(@"^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:\.[0-9]+|[0-9][0-9_:]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex NonString();
}
