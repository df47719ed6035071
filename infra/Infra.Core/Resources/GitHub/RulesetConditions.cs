using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>The <c>conditions</c> block of a ruleset.</summary>
public sealed record RulesetConditions
{
    /// <summary>The refs included and excluded.</summary>
    [Input("ref_name")]
    public required RulesetRefName RefName { get; init; }
}
