namespace Infra.Deploy.Artifacts;

/// <summary>What <see cref="BundlePins.PinAsync"/> did, by object key.</summary>
/// <param name="Pinned">The deployed bundle, now tagged pinned.</param>
/// <param name="Kept">Every bundle left pinned: the deployed one and those of the newest kept deployments.</param>
/// <param name="Released">Older deployments' bundles retagged expirable.</param>
/// <param name="AlreadyGone">Older deployments' bundles no longer in the bucket (expired or removed).</param>
public sealed record PinOutcome(string Pinned, IReadOnlyList<string> Kept, IReadOnlyList<string> Released, IReadOnlyList<string> AlreadyGone);
