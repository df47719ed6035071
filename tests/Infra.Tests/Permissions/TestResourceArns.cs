using Infra.Model;
using Infra.Permissions;

namespace Infra.Tests.Permissions;

/// <summary>
/// A stand-in for the real ARN resolver, for the few resource types the deploy driver touches: each ARN is built from
/// the resource's literal arguments as AWS documents it, and any other attribute is a <see cref="ResourceArnTokens"/> token.
/// </summary>
public sealed class TestResourceArns : IResourceArns
{
    /// <inheritdoc/>
    public string Arn(CustomResource resource)
    {
        var prefix = $"arn:aws:{{0}}:{resource.Root.Stack.Region}:{resource.Root.Stack.AccountId}:";
        string In(string service) => string.Format(System.Globalization.CultureInfo.InvariantCulture, prefix, service);
        return resource.Type switch
        {
            "aws_lambda_function" => In("lambda") + "function:" + Literal(resource, "function_name"),
            "aws_codedeploy_app" => In("codedeploy") + "application:" + Literal(resource, "name"),
            "aws_codedeploy_deployment_group" => In("codedeploy") + "deploymentgroup:" + Literal(resource, "app_name") + "/" + Literal(resource, "deployment_group_name"),
            "aws_cloudwatch_metric_alarm" => In("cloudwatch") + "alarm:" + Literal(resource, "alarm_name"),
            "aws_sns_topic" => In("sns") + Literal(resource, "name"),
            "aws_dynamodb_table" => In("dynamodb") + "table/" + Literal(resource, "name"),
            "aws_kms_key" => In("kms") + "key/" + ResourceArnTokens.Of(resource, "key_id"),
            _ => throw new NotSupportedException($"the test resolver renders no ARN for {resource.Type}; add it when a test needs it"),
        };
    }

    /// <inheritdoc/>
    public string Value(AttributeReference reference) => reference.TerraformAttribute switch
    {
        "arn" => Arn(reference.Resource),
        "name" or "function_name" or "alarm_name" or "deployment_group_name" => Literal(reference.Resource, reference.TerraformAttribute),
        _ => ResourceArnTokens.Of(reference),
    };

    private string Literal(CustomResource resource, string argument) => resource.ReadProperties()[argument] switch
    {
        ScalarValue { Value: string text } => text,
        ExpressionValue { Expression: AttributeReference reference } => Value(reference),
        _ => ResourceArnTokens.Of(resource, argument),
    };
}
