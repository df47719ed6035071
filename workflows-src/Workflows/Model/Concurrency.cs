namespace Infra.Workflows.Model;

/// <summary>A concurrency group: runs in one group wait for each other.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="CancelInProgress">True to cancel the running job when another arrives; never for a deployment.</param>
public sealed record Concurrency(string Group, bool CancelInProgress);
