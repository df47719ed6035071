namespace Infra.Model;

/// <summary>
/// A path of the repository whose change can weaken what the pipeline refuses, so that CODEOWNERS requires a code
/// owner's review on it.
/// </summary>
/// <param name="Path">From the repository root, as CODEOWNERS writes it: <c>/infra/Ledgers/</c> for a folder, <c>/Pulumi.yaml</c> for a file.</param>
/// <param name="Why">What the path holds, written above it as a comment.</param>
public sealed record OwnedPath(string Path, string Why);
