using System.Globalization;
using Infra.Deploy.GitHub;

namespace Infra.Deploy;

/// <summary>
/// The rollback sequence: verify the account → read the stack's outputs → for each Lambda service, stop a CodeDeploy
/// deployment in progress with rollback, or find the version to go back to → (only when applying) record → move alias
/// <c>live</c> with all traffic → wait until the service's alarms are quiet → finish the record → notify. A freeze does
/// not stop a rollback: the freeze is there to keep new changes out while a rollback repairs the stack.
/// </summary>
public sealed class RollbackDriver
{
    /// <summary>How many recent records are read to find each service's previous version.</summary>
    public const int RecordsRead = 30;

    private readonly RollbackServices services;

    /// <summary>Creates the driver over its services.</summary>
    public RollbackDriver(RollbackServices services)
    {
        this.services = services;
    }

    /// <summary>Runs the rollback; throws an <see cref="InfraException"/> with the exit code of the step that refused or failed.</summary>
    public async Task<RollbackOutcome> RunAsync(RollbackRequest request, CancellationToken cancellationToken)
    {
        var target = request.Target;
        var caller = await services.Verifier.VerifyAsync(target, cancellationToken).ConfigureAwait(false);
        Log($"account {caller.Account} verified ({caller.Arn})");

        services.Engine.Init(cancellationToken);
        var outputs = new StackOutputs(target.Stack, services.Engine.Outputs(cancellationToken));
        var lambdaServices = outputs.LambdaServices;
        if (lambdaServices.Count == 0)
        {
            throw DeployErrors.NoServices(target.Stack);
        }

        request.CheckTo(lambdaServices.Select(s => s.FunctionName).ToList());
        var history = request.To is null ? await services.Records.ListAsync(target.Stack, RecordsRead, cancellationToken).ConfigureAwait(false) : [];
        var steps = new List<RollbackStep>();
        foreach (var service in lambdaServices)
        {
            steps.Add(await PlanAsync(service, request, history, cancellationToken).ConfigureAwait(false));
            Log(steps[^1].Describe());
        }

        if (!request.Apply)
        {
            Log("nothing moved: run again with --yes to roll back");
            return new RollbackOutcome(false, steps);
        }

        return await ApplyAsync(request, outputs, steps, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The version live before <paramref name="current"/>: from the newest successful deploy records, the first version
    /// after the one that put <paramref name="current"/> live; null when the records do not tell.
    /// </summary>
    public static string? PreviousFromRecords(string function, string current, IReadOnlyList<DeploymentRecord> newestFirst)
    {
        var versions = newestFirst
            .Where(r => r.Kind == DeploymentRecord.DeployKind && r.State == "success" && r.Versions.ContainsKey(function))
            .Select(r => r.Versions[function])
            .ToList();
        var fromCurrent = versions.SkipWhile(v => v != current).ToList();
        return (fromCurrent.Count > 0 ? fromCurrent : versions).FirstOrDefault(v => v != current);
    }

    private async Task<RollbackStep> PlanAsync(LambdaServiceOutput service, RollbackRequest request, IReadOnlyList<DeploymentRecord> history, CancellationToken cancellationToken)
    {
        var active = await services.CodeDeploy.ActiveDeploymentsAsync(service.CodeDeployApplication, service.CodeDeployGroup, cancellationToken).ConfigureAwait(false);
        if (active.Count > 0)
        {
            // CodeDeploy owns the alias while it shifts traffic: moving the alias under it would race its own rollback.
            return new RollbackStep(service, null, null, active[0]);
        }

        var current = await services.Lambda.GetAliasVersionAsync(service.FunctionName, service.Alias, cancellationToken).ConfigureAwait(false);
        var wanted = request.NamedVersion(service.FunctionName);
        if (wanted is null && request.To is not null)
        {
            // --to named other functions only: this one stays.
            return new RollbackStep(service, current, null, null);
        }

        wanted ??= PreviousFromRecords(service.FunctionName, current, history)
            ?? PreviousPublished(current, await services.Lambda.ListVersionsAsync(service.FunctionName, cancellationToken).ConfigureAwait(false))
            ?? throw DeployErrors.NoPreviousVersion(request.Target.Stack, service.FunctionName, current);
        return new RollbackStep(service, current, wanted == current ? null : wanted, null);
    }

    private static string? PreviousPublished(string current, IReadOnlyList<string> published)
    {
        if (!long.TryParse(current, NumberStyles.None, CultureInfo.InvariantCulture, out var now))
        {
            return null;
        }

        return published.Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0 && n < now)
            .Select(n => (long?)n).Max()?.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<RollbackOutcome> ApplyAsync(RollbackRequest request, StackOutputs outputs, IReadOnlyList<RollbackStep> steps, CancellationToken cancellationToken)
    {
        var target = request.Target;
        var description = $"infra rollback of {target.Stack}: {string.Join("; ", steps.Select(s => s.Describe()))}";
        var recordId = await services.Records.StartRollbackAsync(target.Stack, request.Commit, description.Length <= 140 ? description : description[..140], cancellationToken).ConfigureAwait(false);
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var step in steps)
            {
                await ApplyStepAsync(step, versions, cancellationToken).ConfigureAwait(false);
            }

            var loud = new List<string>();
            foreach (var step in steps)
            {
                loud.AddRange(await services.Alarms.WaitUntilQuietAsync(step.Service.AlarmNames, cancellationToken).ConfigureAwait(false));
            }

            if (loud.Count > 0)
            {
                throw DeployErrors.AlarmsAfterRollback(target.Stack, loud);
            }

            await services.Records.FinishAsync(recordId, true, "rolled back", versions, cancellationToken).ConfigureAwait(false);
            await NotifyAsync(outputs.DeploymentTopicArn, target, "succeeded", Details(request, steps, null), cancellationToken).ConfigureAwait(false);
            return new RollbackOutcome(true, steps);
        }
        catch (InfraException e)
        {
            await services.Records.FinishAsync(recordId, false, FirstLine(e.Message), versions, cancellationToken).ConfigureAwait(false);
            await NotifyAsync(outputs.DeploymentTopicArn, target, "failed", Details(request, steps, e.Message), cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ApplyStepAsync(RollbackStep step, IDictionary<string, string> versions, CancellationToken cancellationToken)
    {
        var service = step.Service;
        if (step.ActiveDeploymentId is { } id)
        {
            await services.CodeDeploy.StopWithRollbackAsync(id, cancellationToken).ConfigureAwait(false);
            var status = await services.CodeDeploy.WaitAsync(id, cancellationToken).ConfigureAwait(false);
            Log($"{service.FunctionName}: CodeDeploy deployment {id} {status}; CodeDeploy moves '{service.Alias}' back");
            versions[service.FunctionName] = await services.Lambda.GetAliasVersionAsync(service.FunctionName, service.Alias, cancellationToken).ConfigureAwait(false);
        }
        else if (step.TargetVersion is { } version)
        {
            await services.Lambda.UpdateAliasAsync(service.FunctionName, service.Alias, version, cancellationToken).ConfigureAwait(false);
            Log($"{service.FunctionName}: '{service.Alias}' now at {version}");
            versions[service.FunctionName] = version;
        }
        else if (step.CurrentVersion is { } current)
        {
            versions[service.FunctionName] = current;
        }
    }

    private Task NotifyAsync(string? topic, StackTarget target, string result, IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken) =>
        DeployNotification.PublishAsync(services.Notifier, services.Log, topic, "rollback", target, result, details, cancellationToken);

    private static Dictionary<string, string> Details(RollbackRequest request, IReadOnlyList<RollbackStep> steps, string? error)
    {
        var details = new Dictionary<string, string>
        {
            ["commit"] = request.Commit,
            ["steps"] = string.Join("; ", steps.Select(s => s.Describe())),
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
