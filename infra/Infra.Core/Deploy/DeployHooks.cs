namespace Infra.Deploy;

/// <summary>
/// Where the program wires in the plan gate and the synth check, which live in other parts of the program; deploy
/// and plan refuse (exit 3) while either is missing, so no plan is ever applied ungated.
/// </summary>
public static class DeployHooks
{
    /// <summary>Builds the plan gate for a repository root.</summary>
    public static Func<string, IPlanGate>? Gate { get; set; }

    /// <summary>Builds the generated-output check for a repository root and stack.</summary>
    public static Func<string, string, IGeneratedOutputCheck>? GeneratedOutput { get; set; }
}
