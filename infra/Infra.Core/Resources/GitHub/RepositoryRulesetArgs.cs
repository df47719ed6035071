using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>Inputs of <see cref="RepositoryRuleset"/>. No <c>bypass_actors</c>: nobody, administrators included, bypasses it.</summary>
public sealed record RepositoryRulesetArgs
{
    /// <summary>The ruleset's name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required Input<string> Repository { get; init; }

    /// <summary><c>branch</c> or <c>tag</c>.</summary>
    [Input("target")]
    public required string Target { get; init; }

    /// <summary><c>active</c>, <c>evaluate</c> or <c>disabled</c>.</summary>
    [Input("enforcement")]
    public required string Enforcement { get; init; }

    /// <summary>Which refs the rules apply to.</summary>
    [Input("conditions")]
    public required RulesetConditions Conditions { get; init; }

    /// <summary>The rules.</summary>
    [Input("rules")]
    public required RulesetRules Rules { get; init; }
}
