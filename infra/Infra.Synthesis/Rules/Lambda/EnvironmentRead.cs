namespace Infra.Rules;

/// <summary>One place where Lambda code reads an environment variable.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="File">The source file, relative to the scanned folder, with forward slashes.</param>
/// <param name="Line">The line (1-based).</param>
/// <param name="HasDefault">True when the code falls back to a default when the variable is unset (an empty string is no default).</param>
/// <param name="EmptyDefault">True when the code's fallback is an empty string, which hides a missing variable instead of replacing it.</param>
public sealed record EnvironmentRead(string Name, string File, int Line, bool HasDefault, bool EmptyDefault = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
