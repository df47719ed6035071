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

    /// <summary>
    /// A plan another job saved, to apply instead of planning afresh (<c>--saved-plan</c>): its digest is checked, the
    /// gate runs on it again, and exactly it is applied. Null plans in this run.
    /// </summary>
    public SavedPlan? SavedPlan { get; init; }

    /// <summary>
    /// Plan without the state lock, as a read-only plan role must (it may not write the lock table), and report the
    /// saved plan's digest (<c>--plan-out</c>). The apply of such a plan still locks, and Terraform refuses it when the
    /// state changed since.
    /// </summary>
    public bool PlanOnlyReadOnly { get; init; }

    /// <summary>The saved plan's path: the one passed in, or the one this run writes.</summary>
    public string PlanFile => SavedPlan?.File ?? Path.Combine(WorkDirectory, $"{Target.Stack}.tfplan");

    /// <summary>The file holding the saved plan's digest (see <see cref="Deploy.SavedPlan.Digest"/>), beside the plan.</summary>
    public string PlanDigestFile => Path.Combine(WorkDirectory, $"{Target.Stack}.tfplan.sha256");

    /// <summary>The saved plan's JSON, which the gate reads.</summary>
    public string PlanJsonFile => Path.Combine(WorkDirectory, $"{Target.Stack}.plan.json");
}
