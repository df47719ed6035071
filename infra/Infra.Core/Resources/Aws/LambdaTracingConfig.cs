using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>tracing_config</c> block of a Lambda function.</summary>
public sealed record LambdaTracingConfig
{
    /// <summary><c>Active</c> (sample and trace) or <c>PassThrough</c>.</summary>
    [Input("mode")]
    public string Mode { get; init; } = "Active";
}
