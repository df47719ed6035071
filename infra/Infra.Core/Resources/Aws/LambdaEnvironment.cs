using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>environment</c> block of a Lambda function.</summary>
public sealed record LambdaEnvironment
{
    /// <summary>The variables, by name.</summary>
    [Input("variables")]
    public required IReadOnlyDictionary<string, Input<string>> Variables { get; init; }
}
