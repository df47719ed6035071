using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>The <c>ref_name</c> block: ref patterns (<c>~DEFAULT_BRANCH</c>, <c>refs/heads/develop</c>).</summary>
public sealed record RulesetRefName
{
    /// <summary>The refs the ruleset applies to.</summary>
    [Input("include", Pulumi = "includes")]
    public required IReadOnlyList<string> Include { get; init; }

    /// <summary>Refs excluded again. Default: none.</summary>
    [Input("exclude", Pulumi = "excludes")]
    public IReadOnlyList<string> Exclude { get; init; } = [];
}
