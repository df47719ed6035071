using System.Text.Json.Nodes;
using Infra.Model;

namespace Infra.Deploy;

/// <summary>
/// The stack outputs the deploy verbs read (from <c>terraform output -json</c> or <c>pulumi stack output --json</c>).
/// The names are <see cref="RequiredNames"/>, which the components export for every service of the stack (the app
/// names no service here). The list outputs arrive either as JSON arrays or as JSON text in a string, which is how
/// the program exports them to both engines.
/// </summary>
public sealed class StackOutputs
{
    /// <summary>The output holding the services CodeDeploy shifts.</summary>
    public const string LambdaServicesName = "lambda_services";

    /// <summary>The output holding the tables backed up before a production apply.</summary>
    public const string TableNamesName = "dynamodb_table_names";

    /// <summary>The output holding the SNS topic every deploy event goes to.</summary>
    public const string TopicName = "deployment_notifications_topic_arn";

    /// <summary>The output holding the smoke checks the services declare.</summary>
    public const string SmokeChecksName = "smoke_checks";

    /// <summary>Every output name the deploy verbs read; the program must export each.</summary>
    public static readonly IReadOnlyList<string> RequiredNames =
        [LambdaServicesName, SmokeChecksName, TopicName, TableNamesName];

    private readonly IReadOnlyDictionary<string, JsonNode?> values;
    private readonly string stack;

    /// <summary>Wraps the engine's outputs of <paramref name="stack"/>.</summary>
    public StackOutputs(string stack, IReadOnlyDictionary<string, JsonNode?> values)
    {
        this.stack = stack;
        this.values = values;
    }

    /// <summary>The smoke checks, in the order the services declare them; a missing output is an error naming it.</summary>
    public IReadOnlyList<SmokeCheckOutput> SmokeChecks =>
        (List(SmokeChecksName) ?? throw Missing(SmokeChecksName)).Select((item, i) => Field(item, i, SmokeChecksName, "kind") switch
        {
            SmokeCheckOutput.HttpGet => new SmokeCheckOutput(
                SmokeCheckOutput.HttpGet,
                Field(item, i, SmokeChecksName, "base_url").TrimEnd('/') + "/" + Field(item, i, SmokeChecksName, "path").TrimStart('/'),
                item?["signed"] is JsonValue signed && signed.TryGetValue<bool>(out var flag) && flag,
                null,
                AppSpec.LiveAlias,
                false),
            SmokeCheckOutput.Invoke => new SmokeCheckOutput(
                SmokeCheckOutput.Invoke,
                null,
                false,
                Field(item, i, SmokeChecksName, "function_name"),
                item?["alias"] is JsonValue alias ? alias.ToString() : AppSpec.LiveAlias,
                item?["proves_email"] is JsonValue email && email.TryGetValue<bool>(out var proves) && proves),
            var kind => throw new InfraException(
                $"stack '{stack}': output '{SmokeChecksName}[{i}].kind' is '{kind}', which this driver does not know: use {SmokeCheckOutput.HttpGet} or {SmokeCheckOutput.Invoke} (declare the check with SmokeCheck.Get or SmokeCheck.Invoke), run infra synth and apply.",
                ExitCodes.ExternalFailure),
        }).ToList();

    /// <summary>The SNS topic deploy events go to, or null before the first apply.</summary>
    public string? DeploymentTopicArn => GetString(TopicName);

    /// <summary>The DynamoDB tables backed up before a production apply (empty when the output is absent).</summary>
    public IReadOnlyList<string> DynamoDbTableNames =>
        List(TableNamesName) is { } array
            ? array.Select(n => n is JsonValue v ? v.ToString() : string.Empty).Where(n => n.Length > 0).ToList()
            : [];

    /// <summary>The Lambda services whose alias <c>live</c> CodeDeploy shifts (empty when the output is absent).</summary>
    public IReadOnlyList<LambdaServiceOutput> LambdaServices
    {
        get
        {
            if (List(LambdaServicesName) is not { } array)
            {
                return [];
            }

            return array.Select((item, i) => new LambdaServiceOutput(
                Field(item, i, LambdaServicesName, "function_name"),
                Field(item, i, LambdaServicesName, "version"),
                Field(item, i, LambdaServicesName, "codedeploy_app"),
                Field(item, i, LambdaServicesName, "codedeploy_group"),
                item?["alias"] is JsonValue alias ? alias.ToString() : AppSpec.LiveAlias,
                item?["alarm_names"] is JsonArray alarms ? alarms.OfType<JsonValue>().Select(a => a.ToString()).ToList() : [])).ToList();
        }
    }

    /// <summary>An output as text, or null when absent.</summary>
    public string? GetString(string name) =>
        values.TryGetValue(name, out var node) && node is JsonValue value ? value.ToString() : null;

    /// <summary>An output as text; a missing one is an error naming it.</summary>
    public string RequireString(string name) => GetString(name) ?? throw Missing(name);

    // A list output is a JSON array (a structured output) or JSON text in a string (how the program exports it).
    private JsonArray? List(string name)
    {
        if (!values.TryGetValue(name, out var node))
        {
            return null;
        }

        if (node is JsonArray array)
        {
            return array;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                return JsonNode.Parse(text) as JsonArray ?? throw NotAList(name);
            }
            catch (System.Text.Json.JsonException)
            {
                throw NotAList(name);
            }
        }

        throw NotAList(name);
    }

    private InfraException NotAList(string name) =>
        new($"stack '{stack}': output '{name}' is neither a JSON list nor JSON text of one. Export it as the platform program does, run infra synth and apply.",
            ExitCodes.ExternalFailure);

    private string Field(JsonNode? item, int index, string output, string field) =>
        item?[field] is JsonValue value ? value.ToString()
            : throw new InfraException(
                $"stack '{stack}': output '{output}[{index}].{field}' is missing. Export the outputs with ServiceOutputs.Export, as the components build them, run infra synth and apply.",
                ExitCodes.ExternalFailure);

    private InfraException Missing(string name) =>
        new($"stack '{stack}': output '{name}' is missing from the engine's outputs. Emit it from the stack program, run infra synth and apply, then run the command again.",
            ExitCodes.ExternalFailure);
}
