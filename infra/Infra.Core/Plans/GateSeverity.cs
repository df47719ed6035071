namespace Infra.Plans;

/// <summary>How much a gate finding weighs.</summary>
public enum GateSeverity
{
    /// <summary>Reported; the gate still passes.</summary>
    Warning,

    /// <summary>The gate fails (exit 1).</summary>
    Error,
}
