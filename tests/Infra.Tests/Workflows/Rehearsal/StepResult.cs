namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>One step of a rehearsed job: its name, outcome (success, failure, skipped), what it printed, its outputs and how long it took.</summary>
public sealed record StepResult(string Name, string Outcome, string Log, IReadOnlyDictionary<string, string> Outputs, TimeSpan Duration = default);
