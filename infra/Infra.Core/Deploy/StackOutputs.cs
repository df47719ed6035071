using System.Text.Json.Nodes;
using Infra.Model;

namespace Infra.Deploy;

/// <summary>
/// The stack outputs the deploy verbs read (from <c>terraform output -json</c> or <c>pulumi stack output --json</c>).
/// Expected names: <c>product_api_url</c>, <c>product_api_authorization</c> (optional, <c>NONE</c> or <c>AWS_IAM</c>),
/// <c>order_processor_function_name</c>, <c>lambda_services</c>, <c>deployment_topic_arn</c>, <c>dynamodb_table_names</c>.
/// </summary>
public sealed class StackOutputs
{
    private readonly IReadOnlyDictionary<string, JsonNode?> values;
    private readonly string stack;

    /// <summary>Wraps the engine's outputs of <paramref name="stack"/>.</summary>
    public StackOutputs(string stack, IReadOnlyDictionary<string, JsonNode?> values)
    {
        this.stack = stack;
        this.values = values;
    }

    /// <summary>The API stage URL, whose <c>/products</c> the smoke test GETs.</summary>
    public string ProductApiUrl => RequireString("product_api_url");

    /// <summary>True when the API's methods use AWS_IAM authorization, so the smoke test signs its request.</summary>
    public bool ProductApiUsesIam => string.Equals(GetString("product_api_authorization"), "AWS_IAM", StringComparison.Ordinal);

    /// <summary>The order processor function, invoked at alias <c>live</c> by the smoke test.</summary>
    public string OrderProcessorFunctionName => RequireString("order_processor_function_name");

    /// <summary>The SNS topic deploy events go to, or null before the first apply.</summary>
    public string? DeploymentTopicArn => GetString("deployment_topic_arn");

    /// <summary>The DynamoDB tables backed up before a production apply (empty when the output is absent).</summary>
    public IReadOnlyList<string> DynamoDbTableNames =>
        values.TryGetValue("dynamodb_table_names", out var node) && node is JsonArray array
            ? array.Select(n => n?.GetValue<string>() ?? string.Empty).Where(n => n.Length > 0).ToList()
            : [];

    /// <summary>The Lambda services whose alias <c>live</c> CodeDeploy shifts (empty when the output is absent).</summary>
    public IReadOnlyList<LambdaServiceOutput> LambdaServices
    {
        get
        {
            if (!values.TryGetValue("lambda_services", out var node) || node is not JsonArray array)
            {
                return [];
            }

            return array.Select((item, i) => new LambdaServiceOutput(
                Field(item, i, "function_name"),
                Field(item, i, "version"),
                Field(item, i, "codedeploy_app"),
                Field(item, i, "codedeploy_group"))).ToList();
        }
    }

    /// <summary>An output as text, or null when absent.</summary>
    public string? GetString(string name) =>
        values.TryGetValue(name, out var node) && node is JsonValue value ? value.ToString() : null;

    /// <summary>An output as text; a missing one is an error naming it.</summary>
    public string RequireString(string name) => GetString(name) ?? throw Missing(name);

    private string Field(JsonNode? item, int index, string field) =>
        item?[field] is JsonValue value ? value.ToString()
            : throw new InfraException(
                $"stack '{stack}': output 'lambda_services[{index}].{field}' is missing. Emit it from the stack program (each element needs function_name, version, codedeploy_app, codedeploy_group), run infra synth and apply.",
                ExitCodes.ExternalFailure);

    private InfraException Missing(string name) =>
        new($"stack '{stack}': output '{name}' is missing from the engine's outputs. Emit it from the stack program, run infra synth and apply, then run the command again.",
            ExitCodes.ExternalFailure);
}
