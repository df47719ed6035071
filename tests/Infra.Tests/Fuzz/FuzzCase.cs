namespace Infra.Tests.Fuzz;

/// <summary>One generated case: a verb line, the file it damages and how.</summary>
/// <param name="Scenario">The verb line.</param>
/// <param name="Target">The damaged file.</param>
/// <param name="Mutation">The damage.</param>
public sealed record FuzzCase(FuzzScenario Scenario, string Target, Mutation Mutation)
{
    /// <inheritdoc />
    public override string ToString() => $"verb '{Scenario.Name}', file {Target}, mutation {Mutation}";
}
