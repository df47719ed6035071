namespace Infra.Deploy;

/// <summary>One run of the deploy sequence.</summary>
/// <param name="Target">The stack.</param>
/// <param name="Commit">The commit being deployed (names backups and records).</param>
/// <param name="ArtifactSha256">The Lambda artifact's SHA-256 (hex), recorded so promotion can compare it.</param>
/// <param name="WorkDirectory">Where the saved plan and its JSON are written.</param>
/// <param name="Apply">Apply the saved plan (<c>--yes</c>); without it the run stops after the gate.</param>
/// <param name="ViaPromotion">True when <c>infra promote</c> runs the sequence: the only way sit and prod change.</param>
public sealed record DeployRequest(StackTarget Target, string Commit, string ArtifactSha256, string WorkDirectory, bool Apply, bool ViaPromotion = false)
{
    /// <summary>The only stack <c>infra deploy --yes</c> may apply to; the others change only through promotion.</summary>
    public const string DirectStack = "dev";

    /// <summary>The saved plan's path.</summary>
    public string PlanFile => Path.Combine(WorkDirectory, $"{Target.Stack}.tfplan");

    /// <summary>The saved plan's JSON, which the gate reads.</summary>
    public string PlanJsonFile => Path.Combine(WorkDirectory, $"{Target.Stack}.plan.json");
}
