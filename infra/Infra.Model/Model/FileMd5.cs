namespace Infra.Model;

/// <summary>The hex MD5 of a file, evaluated by the engine at plan time (Terraform <c>filemd5</c>), so that an edit of the file changes the plan.</summary>
/// <param name="Path">The file, relative to the repository root.</param>
public sealed record FileMd5(RepositoryPath Path) : Expression;
