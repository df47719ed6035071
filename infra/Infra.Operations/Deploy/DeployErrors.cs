namespace Infra.Deploy;

/// <summary>Every refusal of the deploy sequence, each saying what to do next.</summary>
public static class DeployErrors
{
    /// <summary><c>deploy --yes</c> on a stack that changes only through promotion.</summary>
    public static InfraException ApplyNeedsPromotion(string stack) =>
        new($"stack '{stack}': 'infra deploy --yes' applies to {DeployRequest.DirectStack} only; {stack} changes only through 'infra promote --to {stack} --commit <sha> --artifact <zip>'. Nothing was run.",
            ExitCodes.BadInput);

    /// <summary>The stack is frozen.</summary>
    public static InfraException Frozen(StackTarget target, string reason) =>
        new($"stack '{target.Stack}' is frozen (SSM parameter {Aws.IDeployFreeze.ParameterName(target)}): {reason}. Resolve the cause, then run 'infra unfreeze --stack {target.Stack}'. Nothing was planned or applied.",
            ExitCodes.EnvironmentRefused);

    /// <summary>Generated output differs from what synth writes.</summary>
    public static InfraException StaleOutput(string stack, IReadOnlyList<string> files) =>
        new($"stack '{stack}': generated files are stale ({string.Join(", ", files)}). Run 'infra synth', commit the result, and deploy that commit. Nothing was planned or applied.",
            ExitCodes.CheckFailed);

    /// <summary>The gate refused the plan.</summary>
    public static InfraException GateRefused(string stack, string planJson, GateResult gate) =>
        new($"stack '{stack}': the plan gate refused {planJson}:\n  - {string.Join("\n  - ", gate.Findings)}\n{gate.Advice} Nothing was applied.",
            ExitCodes.CheckFailed);

    /// <summary>A CodeDeploy deployment did not succeed.</summary>
    public static InfraException ShiftFailed(string function, string deploymentId, string status) =>
        new($"Lambda '{function}': CodeDeploy deployment {deploymentId} ended {status}; CodeDeploy rolled alias 'live' back. Read the deployment's events and the alarms, fix, and deploy again.",
            ExitCodes.ExternalFailure);

    /// <summary>Smoke tests failed after the apply.</summary>
    public static InfraException SmokeFailed(string stack, IReadOnlyList<string> failures) =>
        new($"stack '{stack}': smoke tests failed after the apply, alias 'live' was moved back:\n  - {string.Join("\n  - ", failures)}\nFix the service and deploy again.",
            ExitCodes.ExternalFailure);

    /// <summary>After a failed prod deploy, the freeze that should block further deploys could not be set.</summary>
    public static string NotFrozen(StackTarget target, string reason, string failure) =>
        $"Also, stack '{target.Stack}' could NOT be frozen after this failure ({FirstLine(failure)}). Freeze it by hand before anyone deploys again: " +
        $"infra freeze --stack {target.Stack} --reason \"{reason.Replace("\"", "'", StringComparison.Ordinal)}\" (or create the SSM parameter {Aws.IDeployFreeze.ParameterName(target)} with that text).";

    /// <summary>After a failed deploy, its deployment record could not be marked failed.</summary>
    public static string RecordNotFinished(long recordId, string failure) =>
        $"Also, GitHub deployment record {recordId} could not be marked failed ({FirstLine(failure)}); it stays in progress and is never taken as proof for a promotion. " +
        "Mark it failed in the repository's Deployments page if it should not show as running.";

    /// <summary>The stack's outputs list no Lambda service to roll back.</summary>
    public static InfraException NoServices(string stack) =>
        new($"stack '{stack}': the output '{StackOutputs.LambdaServicesName}' lists no Lambda service, so there is nothing to roll back. Apply the stack's main root (infra deploy) first.",
            ExitCodes.EnvironmentRefused);

    /// <summary>Neither the records nor Lambda know an earlier version.</summary>
    public static InfraException NoPreviousVersion(string stack, string function, string current) =>
        new($"stack '{stack}': Lambda '{function}' is at version {current} and neither the deployment records nor its published versions show an earlier one. Pass --to <version>; nothing was moved.",
            ExitCodes.EnvironmentRefused);

    /// <summary>Alarms still fire after a rollback.</summary>
    public static InfraException AlarmsAfterRollback(string stack, IReadOnlyList<string> alarms) =>
        new($"stack '{stack}': rolled back, but these alarms are still in ALARM:\n  - {string.Join("\n  - ", alarms)}\nRead the functions' logs; roll back further with --to <version> if the previous version is also broken.",
            ExitCodes.ExternalFailure);

    private static string FirstLine(string text) => text.Split('\n', 2)[0];
}
