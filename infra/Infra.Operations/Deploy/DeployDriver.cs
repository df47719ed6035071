using System.Globalization;
using Infra.Files;

namespace Infra.Deploy;

/// <summary>
/// The deploy sequence as code: verify the account → refuse while frozen → refuse stale generated output → init →
/// plan to a saved file → its JSON → the gate → (only when applying) back up prod → record → apply that saved plan →
/// shift alias <c>live</c> of each changed Lambda with CodeDeploy → smoke tests → finish the record → notify.
/// A failure after the apply starts fails the record, freezes prod and notifies. Split across two jobs, the first
/// plans read-only and reports the saved plan's digest (<see cref="DeployRequest.PlanOnlyReadOnly"/>); the second
/// checks that digest, gates the saved plan again and applies it (<see cref="DeployRequest.SavedPlan"/>), never a new plan.
/// </summary>
public sealed class DeployDriver
{
    private readonly DeployServices services;

    /// <summary>Creates the driver over its services.</summary>
    public DeployDriver(DeployServices services)
    {
        this.services = services;
    }

    /// <summary>Runs the sequence; throws an <see cref="InfraException"/> with the exit code of the step that refused or failed.</summary>
    public async Task<DeployOutcome> RunAsync(DeployRequest request, CancellationToken cancellationToken)
    {
        var target = request.Target;
        CheckRequest(request);
        var caller = await services.Verifier.VerifyAsync(target, cancellationToken).ConfigureAwait(false);
        Log($"account {caller.Account} verified ({caller.Arn})");

        if (await services.Freeze.GetReasonAsync(target, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            throw DeployErrors.Frozen(target, reason);
        }

        // A promotion runs this checkout's program over the promoted commit's files: regenerating them here would call
        // every commit made before a program change stale. The stack below deployed this same commit only after its
        // own check with the commit's own program, and a promotion requires that deployment.
        if (request.ViaPromotion)
        {
            Log($"generated output of {request.Commit}: checked by its deployment to the stack below, with its own program");
        }
        else if (services.GeneratedOutput.StaleFiles() is { Count: > 0 } stale)
        {
            throw DeployErrors.StaleOutput(target.Stack, stale);
        }

        Directory.CreateDirectory(request.WorkDirectory);
        request.SavedPlan?.Verify(services.Engine.SavedPlanFiles(request.PlanFile));
        services.Engine.Init(cancellationToken);
        if (request.SavedPlan is null)
        {
            services.Engine.Plan(request.PlanFile, readOnly: request.PlanOnlyReadOnly, cancellationToken);
        }
        else
        {
            Log($"saved plan {request.PlanFile} matches its digest {request.SavedPlan.Sha256}; not planning again");
        }

        services.Engine.ShowJson(request.PlanFile, request.PlanJsonFile, cancellationToken);
        var gate = services.Gate.Evaluate(request.PlanJsonFile, target.Stack);
        if (!gate.Passed)
        {
            throw DeployErrors.GateRefused(target.Stack, request.PlanJsonFile, gate);
        }

        Log($"plan {request.PlanFile} passed the gate");
        if (request.PlanOnlyReadOnly)
        {
            var files = services.Engine.SavedPlanFiles(request.PlanFile);
            var digest = SavedPlan.Digest(files);
            FileTransaction.WriteFile(request.PlanDigestFile, digest + "\n");
            Log($"saved plan {request.PlanFile} (sha256 {digest}) is for the apply job: 'infra promote --saved-plan {request.PlanFile} --saved-plan-sha256 {digest} --yes'");
            return new DeployOutcome(false, gate.Findings, [], new Dictionary<string, string>()) { SavedPlan = (files, digest) };
        }

        if (!request.Apply)
        {
            Log("not applied: run again with --yes to apply this plan");
            return new DeployOutcome(false, gate.Findings, [], new Dictionary<string, string>());
        }

        return await ApplyAsync(request, gate, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Refuses (exit 2) an apply outside dev that does not come from a promotion, and the impossible mixes of the
    /// split: a read-only plan applied, or a saved plan planned again.
    /// </summary>
    public static void CheckRequest(DeployRequest request)
    {
        if (request.PlanOnlyReadOnly && (request.Apply || request.SavedPlan is not null))
        {
            throw new InfraException("--plan-out plans for a later job and applies nothing: drop --yes and --saved-plan (the apply job passes --saved-plan with the digest this run prints).", ExitCodes.BadInput);
        }

        if (request.SavedPlan is not null && !request.Apply)
        {
            throw new InfraException($"--saved-plan {request.SavedPlan.File} applies a plan made earlier: add --yes (without it there is nothing to do; to look at the plan, read the plan job's summary).", ExitCodes.BadInput);
        }

        if (request.Apply && request.Target.Stack != DeployRequest.DirectStack && !request.ViaPromotion)
        {
            throw DeployErrors.ApplyNeedsPromotion(request.Target.Stack);
        }
    }

    /// <summary>The DynamoDB backup name for <paramref name="table"/> before deploying <paramref name="commit"/>.</summary>
    public static string BackupName(string table, string commit)
    {
        var shortCommit = commit.Length > 12 ? commit[..12] : commit;
        var name = $"{table}-{shortCommit}";

        // DynamoDB backup names are at most 255 characters; the commit is the part that must survive.
        return name.Length <= 255 ? name : name[^255..];
    }

    private async Task<DeployOutcome> ApplyAsync(DeployRequest request, GateResult gate, CancellationToken cancellationToken)
    {
        var target = request.Target;
        var before = new StackOutputs(target.Stack, services.Engine.Outputs(cancellationToken));
        var backups = new List<string>();
        if (target.IsProduction)
        {
            foreach (var table in before.DynamoDbTableNames)
            {
                backups.Add(await services.Backups.CreateBackupAsync(table, BackupName(table, request.Commit), cancellationToken).ConfigureAwait(false));
                Log($"backup of {table}: {backups[^1]}");
            }
        }

        var recordId = await services.Records.StartAsync(target.Stack, request.Commit, request.ArtifactSha256, $"infra deploy of {request.Commit} to {target.Stack}", cancellationToken).ConfigureAwait(false);
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var topic = before.DeploymentTopicArn;
        try
        {
            services.Engine.Apply(request.PlanFile, cancellationToken);
            Log($"applied {request.PlanFile}");
            var after = new StackOutputs(target.Stack, services.Engine.Outputs(cancellationToken));
            topic = after.DeploymentTopicArn ?? topic;
            var shifted = await ShiftAliasesAsync(after, request, versions, cancellationToken).ConfigureAwait(false);
            var failures = await services.SmokeTests.RunAsync(after, cancellationToken).ConfigureAwait(false);
            if (failures.Count > 0)
            {
                foreach (var (function, previous) in shifted.AsEnumerable().Reverse())
                {
                    await services.Lambda.UpdateAliasAsync(function, AppSpec.LiveAlias, previous, cancellationToken).ConfigureAwait(false);
                    versions[function] = previous;
                }

                throw DeployErrors.SmokeFailed(target.Stack, failures);
            }

            await services.Records.FinishAsync(recordId, true, $"deployed {request.Commit}", versions, cancellationToken).ConfigureAwait(false);
            await NotifyAsync(topic, target, "succeeded", Details(request, versions, backups, null), cancellationToken).ConfigureAwait(false);
            return new DeployOutcome(true, gate.Findings, backups, versions);
        }
        catch (InfraException e)
        {
            // The clean-up must never hide the failure it cleans up after: each of its own failures is added to the
            // report, after the original, and the rest of the clean-up still runs.
            var followUps = new List<string>();
            try
            {
                await services.Records.FinishAsync(recordId, false, FirstLine(e.Message), versions, cancellationToken).ConfigureAwait(false);
            }
            catch (InfraException recordFailure)
            {
                followUps.Add(DeployErrors.RecordNotFinished(recordId, recordFailure.Message));
            }

            if (target.IsProduction)
            {
                // The playbook's "block subsequent deployments until resolved": a failed prod deploy freezes prod.
                var reason = $"deploy of {request.Commit} failed: {FirstLine(e.Message)}";
                try
                {
                    await services.Freeze.SetAsync(target, reason, cancellationToken).ConfigureAwait(false);
                }
                catch (InfraException freezeFailure)
                {
                    followUps.Add(DeployErrors.NotFrozen(target, reason, freezeFailure.Message));
                }
            }

            var details = Details(request, versions, backups, e.Message);
            if (followUps.Count > 0)
            {
                details["followUpFailures"] = string.Join(" | ", followUps.Select(FirstLine));
            }

            await NotifyAsync(topic, target, "failed", details, cancellationToken).ConfigureAwait(false);
            if (followUps.Count == 0)
            {
                throw;
            }

            throw new InfraException(string.Join("\n", followUps.Prepend(e.Message)), e.ExitCode, e);
        }
    }

    private async Task<List<(string Function, string Previous)>> ShiftAliasesAsync(StackOutputs after, DeployRequest request, IDictionary<string, string> versions, CancellationToken cancellationToken)
    {
        var shifted = new List<(string, string)>();
        foreach (var service in after.LambdaServices)
        {
            var current = await services.Lambda.GetAliasVersionAsync(service.FunctionName, AppSpec.LiveAlias, cancellationToken).ConfigureAwait(false);
            if (current == service.Version)
            {
                versions[service.FunctionName] = current;
                continue;
            }

            var spec = AppSpec.ForLambda(service.FunctionName, current, service.Version);
            var id = await services.CodeDeploy.CreateDeploymentAsync(service.CodeDeployApplication, service.CodeDeployGroup, spec, $"{request.Commit} to {request.Target.Stack}", cancellationToken).ConfigureAwait(false);
            Log($"{service.FunctionName}: CodeDeploy {id} shifts '{AppSpec.LiveAlias}' {current} -> {service.Version}");
            var status = await services.CodeDeploy.WaitAsync(id, cancellationToken).ConfigureAwait(false);
            if (status != "Succeeded")
            {
                throw DeployErrors.ShiftFailed(service.FunctionName, id, status);
            }

            shifted.Add((service.FunctionName, current));
            versions[service.FunctionName] = service.Version;
        }

        return shifted;
    }

    private Task NotifyAsync(string? topic, StackTarget target, string result, IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken) =>
        DeployNotification.PublishAsync(services.Notifier, services.Log, topic, "deploy", target, result, details, cancellationToken);

    private static Dictionary<string, string> Details(DeployRequest request, IReadOnlyDictionary<string, string> versions, IReadOnlyList<string> backups, string? error)
    {
        var details = new Dictionary<string, string>
        {
            ["artifactSha256"] = request.ArtifactSha256,
            ["backups"] = string.Join(",", backups),
            ["commit"] = request.Commit,
            ["versions"] = string.Join(",", versions.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key}={v.Value}"))),
        };
        if (error is not null)
        {
            details["error"] = FirstLine(error);
        }

        return details;
    }

    private static string FirstLine(string text) => DeployNotification.FirstLine(text);

    private void Log(string line) => services.Log.WriteLine(line);
}
