namespace Infra.Files;

/// <summary>One file a <see cref="FileTransaction"/> changed.</summary>
/// <param name="Path">Relative to the transaction's root, with forward slashes.</param>
/// <param name="Deleted">True when it was removed, false when written.</param>
public sealed record FileChange(string Path, bool Deleted)
{
    /// <inheritdoc />
    public override string ToString() => (Deleted ? "removed " : "wrote ") + Path;
}
