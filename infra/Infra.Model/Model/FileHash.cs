namespace Infra.Model;

/// <summary>The base64 SHA-256 of a file, evaluated by the engine at plan time (Terraform <c>filebase64sha256</c>).</summary>
/// <param name="Path">The file, relative to the repository root.</param>
public sealed record FileHash(RepositoryPath Path) : Expression;
