using System.Text.Json.Nodes;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>The plan and output JSON the engine stand-ins answer with.</summary>
public sealed partial class WorkflowRehearsal
{
    /// <summary>A plan JSON of a stack in <paramref name="account"/> and <paramref name="region"/>, with one changed Lambda function or none.</summary>
    public static string PlanOf(string account, string region, bool changes) =>
        new JsonObject
        {
            ["format_version"] = "1.2",
            ["terraform_version"] = "1.9.8",
            ["resource_changes"] = changes
                ? new JsonArray(new JsonObject
                {
                    ["address"] = "aws_lambda_function.order_processor",
                    ["mode"] = "managed",
                    ["type"] = "aws_lambda_function",
                    ["name"] = "order_processor",
                    ["provider_name"] = "registry.terraform.io/hashicorp/aws",
                    ["change"] = new JsonObject { ["actions"] = new JsonArray("update"), ["before"] = new JsonObject { ["memory_size"] = 256 }, ["after"] = new JsonObject { ["memory_size"] = 512 } },
                })
                : new JsonArray(),
            ["output_changes"] = new JsonObject(),
            ["configuration"] = new JsonObject
            {
                ["provider_config"] = new JsonObject
                {
                    ["aws"] = new JsonObject
                    {
                        ["name"] = "aws",
                        ["full_name"] = "registry.terraform.io/hashicorp/aws",
                        ["expressions"] = new JsonObject
                        {
                            ["region"] = new JsonObject { ["constant_value"] = region },
                            ["allowed_account_ids"] = new JsonObject { ["constant_value"] = new JsonArray(account) },
                        },
                    },
                },
            },
        }.ToJsonString();

    /// <summary>The outputs infra reads after an apply: one Lambda service at version 7, its API on the loopback cloud.</summary>
    public static string OutputsOf(string stack, string account, string region, string cloudUrl)
    {
        static JsonObject Output(JsonNode value) => new() { ["value"] = value, ["sensitive"] = false };
        return new JsonObject
        {
            ["smoke_checks"] = Output(new JsonArray(
                new JsonObject { ["alias"] = "live", ["function_name"] = $"2-1-bbws-order-processor-{stack}", ["kind"] = "invoke", ["proves_email"] = true },
                new JsonObject { ["base_url"] = $"{cloudUrl}/rehearsal-api/{stack}", ["kind"] = "http_get", ["path"] = "products", ["signed"] = false })),
            ["lambda_services"] = Output(new JsonArray(new JsonObject
            {
                ["function_name"] = $"2-1-bbws-order-processor-{stack}",
                ["version"] = "7",
                ["codedeploy_app"] = $"2-1-bbws-lambda-{stack}",
                ["codedeploy_group"] = $"2-1-bbws-order-processor-live-{stack}",
            })),
            ["deployment_notifications_topic_arn"] = Output(JsonValue.Create($"arn:aws:sns:{region}:{account}:2-1-bbws-deployments-{stack}")),
            ["dynamodb_table_names"] = Output(new JsonArray($"2-1-bbws-orders-{stack}")),
        }.ToJsonString();
    }
}
