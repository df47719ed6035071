namespace Infra.Deploy;

/// <summary>How a rollback run ended.</summary>
/// <param name="Applied">True when the aliases were moved (<c>--yes</c>).</param>
/// <param name="Steps">What was (or would be) done for each service.</param>
public sealed record RollbackOutcome(bool Applied, IReadOnlyList<RollbackStep> Steps);
