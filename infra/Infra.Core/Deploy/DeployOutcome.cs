namespace Infra.Deploy;

/// <summary>How a deploy run ended.</summary>
/// <param name="Applied">True when the saved plan was applied.</param>
/// <param name="GateFindings">The gate's findings.</param>
/// <param name="Backups">Backup ARNs taken before a production apply.</param>
/// <param name="Versions">The Lambda versions put live, by function name.</param>
public sealed record DeployOutcome(bool Applied, IReadOnlyList<string> GateFindings, IReadOnlyList<string> Backups, IReadOnlyDictionary<string, string> Versions);
