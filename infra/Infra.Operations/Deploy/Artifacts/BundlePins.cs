using Infra.Configuration;
using Infra.Deploy.Aws;
using Infra.Deploy.GitHub;

namespace Infra.Deploy.Artifacts;

/// <summary>
/// Which bundles of a stack's artifact bucket stay pinned: after a successful deploy or promotion the deployed bundle
/// is pinned, and so are the bundles of the stack's two newest successful deployments (what it runs and what a
/// redeploy of the previous deployment would need); every older deployment's bundle in the recorded history is retagged
/// <c>retention=expirable</c>, so the bucket's lifecycle lets it go after <see cref="ArtifactBucket.ExpirableDays"/>.
/// Each bucket holds one stack's bundles, so no other stack's deployments are consulted.
/// </summary>
public sealed class BundlePins
{
    /// <summary>How many of the newest successful deployments keep their bundle pinned (current and rollback target).</summary>
    public const int KeptDeployments = 2;

    /// <summary>How many of the stack's newest deployment records are read; older pins are not revisited.</summary>
    public const int HistoryRead = 30;

    private readonly IArtifactStore store;
    private readonly IDeploymentRecords records;

    /// <summary>Pins in <paramref name="store"/> (the stack's bucket) from the deployment history in <paramref name="records"/>.</summary>
    public BundlePins(IArtifactStore store, IDeploymentRecords records)
    {
        this.store = store;
        this.records = records;
    }

    /// <summary>
    /// Pins the bundle of <paramref name="commit"/> with <paramref name="sha256"/> deployed to <paramref name="stack"/>,
    /// then releases the pins no kept deployment needs. The new pin is written before any release, so a failure
    /// part-way leaves a bundle pinned, never one the stack needs released.
    /// </summary>
    public async Task<PinOutcome> PinAsync(string stack, string commit, string sha256, CancellationToken cancellationToken)
    {
        var pinned = ArtifactBucket.BundleKey(commit, sha256);
        await store.TagAsync(pinned, ArtifactBucket.RetentionTags(ArtifactBucket.Pinned), cancellationToken).ConfigureAwait(false);

        var history = await records.ListAsync(stack, HistoryRead, cancellationToken).ConfigureAwait(false);
        var deployed = history
            .Where(r => r.Kind == DeploymentRecord.DeployKind && r.State == "success")
            .Select(BundleOf)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var kept = deployed.Take(KeptDeployments).Append(pinned).ToHashSet(StringComparer.Ordinal);
        var released = new List<string>();
        var gone = new List<string>();
        foreach (var key in deployed.Where(k => !kept.Contains(k)).Order(StringComparer.Ordinal))
        {
            (await store.TagIfPresentAsync(key, ArtifactBucket.RetentionTags(ArtifactBucket.Expirable), cancellationToken).ConfigureAwait(false) ? released : gone).Add(key);
        }

        return new PinOutcome(pinned, [.. kept.Order(StringComparer.Ordinal)], released, gone);
    }

    // Records written before bundles were stored carry no (or no valid) SHA-256: they name no bundle.
    private static string? BundleOf(DeploymentRecord record)
    {
        try
        {
            return ArtifactBucket.BundleKey(record.Commit, record.ArtifactSha256);
        }
        catch (InfraException)
        {
            return null;
        }
    }
}
