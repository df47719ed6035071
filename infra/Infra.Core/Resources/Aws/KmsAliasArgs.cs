using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="KmsAlias"/>.</summary>
public sealed record KmsAliasArgs
{
    /// <summary>The alias, starting with <c>alias/</c>.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The key the alias points to.</summary>
    [Input("target_key_id")]
    public required Input<string> TargetKeyId { get; init; }
}
