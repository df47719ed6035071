namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>One step of a rehearsed job: its name, outcome (success, failure, skipped), what it printed and its outputs.</summary>
public sealed record StepResult(string Name, string Outcome, string Log, IReadOnlyDictionary<string, string> Outputs);
