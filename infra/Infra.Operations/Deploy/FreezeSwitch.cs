using Infra.Deploy.Aws;

namespace Infra.Deploy;

/// <summary>
/// <c>infra freeze</c> and <c>infra unfreeze</c> as code: verify the account → set or clear the SSM parameter →
/// publish the change to the stack's deployment topic, so that everyone who follows deploys learns of it.
/// </summary>
public sealed class FreezeSwitch
{
    private readonly AccountVerifier verifier;
    private readonly IDeployFreeze freeze;
    private readonly INotifier notifier;
    private readonly string? topicArn;
    private readonly TextWriter log;

    /// <summary>Creates the switch; <paramref name="topicArn"/> null skips the notification.</summary>
    public FreezeSwitch(AccountVerifier verifier, IDeployFreeze freeze, INotifier notifier, string? topicArn, TextWriter log)
    {
        this.verifier = verifier;
        this.freeze = freeze;
        this.notifier = notifier;
        this.topicArn = topicArn;
        this.log = log;
    }

    /// <summary>Freezes <paramref name="target"/> with <paramref name="reason"/>.</summary>
    public async Task FreezeAsync(StackTarget target, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InfraException("--reason is empty: say why deploys must stop, e.g. --reason \"incident 42: orders lost\".", ExitCodes.BadInput);
        }

        await verifier.VerifyAsync(target, cancellationToken).ConfigureAwait(false);
        await freeze.SetAsync(target, reason, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(target, "freeze", new Dictionary<string, string> { ["parameter"] = IDeployFreeze.ParameterName(target), ["reason"] = reason }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lifts the freeze of <paramref name="target"/>; the message carries the reason it replaced.</summary>
    public async Task UnfreezeAsync(StackTarget target, CancellationToken cancellationToken)
    {
        await verifier.VerifyAsync(target, cancellationToken).ConfigureAwait(false);
        var reason = await freeze.GetReasonAsync(target, cancellationToken).ConfigureAwait(false);
        await freeze.ClearAsync(target, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(target, "unfreeze", new Dictionary<string, string> { ["parameter"] = IDeployFreeze.ParameterName(target), ["previousReason"] = reason ?? string.Empty }, cancellationToken).ConfigureAwait(false);
    }

    // The freeze itself is in place whatever happens to its message: the shared notifier logs a lost one.
    private async Task NotifyAsync(StackTarget target, string kind, IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken)
    {
        if (topicArn is null)
        {
            log.WriteLine($"stacks/{target.Stack}/terraform/main.tf.json names no deployment topic: notification skipped");
            return;
        }

        await DeployNotification.PublishAsync(notifier, log, topicArn, kind, target, "succeeded", details, cancellationToken).ConfigureAwait(false);
    }
}
