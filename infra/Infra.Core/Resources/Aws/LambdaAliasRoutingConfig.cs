using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>routing_config</c> block of a Lambda alias.</summary>
public sealed record LambdaAliasRoutingConfig
{
    /// <summary>The share of traffic (0-1) per additional version.</summary>
    [Input("additional_version_weights")]
    public IReadOnlyDictionary<string, double>? AdditionalVersionWeights { get; init; }
}
