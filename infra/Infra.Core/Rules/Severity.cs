namespace Infra.Rules;

/// <summary>How a finding counts.</summary>
public enum Severity
{
    /// <summary>Reported; synth goes on.</summary>
    Warning,

    /// <summary>Fails synth.</summary>
    Error,
}
