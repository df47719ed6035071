namespace Infra.Rules;

/// <summary>How a finding counts.</summary>
public enum Severity
{
    /// <summary>Reported; synth goes on.</summary>
    Warning,

    /// <summary>Fails synth.</summary>
    Error,

    /// <summary>A fact the reader should know (e.g. what a rule does not check, and why); never fails anything.</summary>
    Info,
}
