namespace Infra.Permissions;

/// <summary>A role's statements packed into policies that fit IAM's quotas: one inline policy, or managed policies.</summary>
/// <param name="Role">The role's name.</param>
/// <param name="Inline">The inline policy, when everything fits in the role's inline quota; otherwise null.</param>
/// <param name="Managed">The managed policies to create and attach, when the inline quota is too small; otherwise empty.</param>
/// <param name="Generalized">True when exact ARNs did not fit and some were replaced by name patterns.</param>
public sealed record PolicyPack(string Role, PackedPolicy? Inline, IReadOnlyList<PackedPolicy> Managed, bool Generalized)
{
    /// <summary>Every policy of the pack: the inline one or the managed ones.</summary>
    public IReadOnlyList<PackedPolicy> Policies => Inline is { } inline ? [inline] : Managed;
}
