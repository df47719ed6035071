namespace Infra.Deploy;

/// <summary>How a deploy run ended.</summary>
/// <param name="Applied">True when the saved plan was applied.</param>
/// <param name="GateFindings">The gate's findings.</param>
/// <param name="Backups">Backup ARNs taken before a production apply.</param>
/// <param name="Versions">The Lambda versions put live, by function name.</param>
public sealed record DeployOutcome(bool Applied, IReadOnlyList<string> GateFindings, IReadOnlyList<string> Backups, IReadOnlyDictionary<string, string> Versions)
{
    /// <summary>The files of the saved plan this run wrote and their digest, when it planned for another job (<c>--plan-out</c>).</summary>
    public (IReadOnlyList<string> Files, string Sha256)? SavedPlan { get; init; }
}
