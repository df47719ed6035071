using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="LambdaPermission"/>.</summary>
public sealed record LambdaPermissionArgs
{
    /// <summary>The statement id, unique on the function.</summary>
    [Input("statement_id")]
    public required string StatementId { get; init; }

    /// <summary>Default <c>lambda:InvokeFunction</c>.</summary>
    [Input("action")]
    public string Action { get; init; } = "lambda:InvokeFunction";

    /// <summary>The function's name.</summary>
    [Input("function_name", Pulumi = "function")]
    public required Input<string> FunctionName { get; init; }

    /// <summary>The alias the permission is on, e.g. <c>live</c>.</summary>
    [Input("qualifier")]
    public string? Qualifier { get; init; }

    /// <summary>The service allowed, e.g. <c>apigateway.amazonaws.com</c>.</summary>
    [Input("principal")]
    public required string Principal { get; init; }

    /// <summary>The calling resource, e.g. an API's execution ARN pattern.</summary>
    [Input("source_arn")]
    public Input<string>? SourceArn { get; init; }
}
