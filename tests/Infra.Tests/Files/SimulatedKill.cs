namespace Infra.Tests.Files;

/// <summary>Stands for the process dying at one file operation: nothing after it runs, no clean-up included.</summary>
public sealed class SimulatedKill(string operation, string path) : Exception($"killed before {operation} {path}");
