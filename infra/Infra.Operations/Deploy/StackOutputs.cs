using Newtonsoft.Json.Linq;

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

    private readonly IReadOnlyDictionary<string, JToken?> values;
    private readonly string stack;

    /// <summary>Wraps the engine's outputs of <paramref name="stack"/>.</summary>
    public StackOutputs(string stack, IReadOnlyDictionary<string, JToken?> values)
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
                Flag(item, "signed"),
                null,
                AppSpec.LiveAlias,
                false),
            SmokeCheckOutput.Invoke => new SmokeCheckOutput(
                SmokeCheckOutput.Invoke,
                null,
                false,
                Field(item, i, SmokeChecksName, "function_name"),
                DeployJson.Scalar(item is JObject o ? o["alias"] : null) ?? AppSpec.LiveAlias,
                Flag(item, "proves_email")),
            var kind => throw new InfraException(
                $"stack '{stack}': output '{SmokeChecksName}[{i}].kind' is '{kind}', which this driver does not know: use {SmokeCheckOutput.HttpGet} or {SmokeCheckOutput.Invoke} (declare the check with SmokeCheck.Get or SmokeCheck.Invoke), run infra synth and apply.",
                ExitCodes.ExternalFailure),
        }).ToList();

    /// <summary>The SNS topic deploy events go to, or null before the first apply.</summary>
    public string? DeploymentTopicArn => GetString(TopicName);

    /// <summary>The DynamoDB tables backed up before a production apply (empty when the output is absent).</summary>
    public IReadOnlyList<string> DynamoDbTableNames =>
        List(TableNamesName) is { } array
            ? array.Select(n => DeployJson.Scalar(n) ?? string.Empty).Where(n => n.Length > 0).ToList()
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
                DeployJson.Scalar(item is JObject o ? o["alias"] : null) ?? AppSpec.LiveAlias,
                item is JObject { } withAlarms && withAlarms["alarm_names"] is JArray alarms ? alarms.Select(DeployJson.Scalar).OfType<string>().ToList() : [])).ToList();
        }
    }

    /// <summary>An output as text, or null when absent.</summary>
    public string? GetString(string name) =>
        values.TryGetValue(name, out var node) ? DeployJson.Scalar(node) : null;

    /// <summary>An output as text; a missing one is an error naming it.</summary>
    public string RequireString(string name) => GetString(name) ?? throw Missing(name);

    // A list output is a JSON array (a structured output) or JSON text in a string (how the program exports it).
    private JArray? List(string name)
    {
        if (!values.TryGetValue(name, out var node))
        {
            return null;
        }

        if (node is JArray array)
        {
            return array;
        }

        if (DeployJson.String(node) is { } text)
        {
            try
            {
                return DeployJson.Parse(text) as JArray ?? throw NotAList(name);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                throw NotAList(name);
            }
        }

        throw NotAList(name);
    }

    private InfraException NotAList(string name) =>
        new($"stack '{stack}': output '{name}' is neither a JSON list nor JSON text of one. Export it as the platform program does, run infra synth and apply.",
            ExitCodes.ExternalFailure);

    private string Field(JToken? item, int index, string output, string field) =>
        DeployJson.Scalar(item is JObject o ? o[field] : null)
            ?? throw new InfraException(
                $"stack '{stack}': output '{output}[{index}].{field}' is missing. Export the outputs with ServiceOutputs.Export, as the components build them, run infra synth and apply.",
                ExitCodes.ExternalFailure);

    private static bool Flag(JToken? item, string name) =>
        item is JObject o && DeployJson.Boolean(o[name]) == true;

    private InfraException Missing(string name) =>
        new($"stack '{stack}': output '{name}' is missing from the engine's outputs. Emit it from the stack program, run infra synth and apply, then run the command again.",
            ExitCodes.ExternalFailure);
}
