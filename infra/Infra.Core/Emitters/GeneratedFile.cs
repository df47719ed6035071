using Infra.Model;

namespace Infra.Emitters;

/// <summary>One file that <c>infra synth</c> writes, with its full content.</summary>
/// <param name="Path">Where it goes, relative to the repository root.</param>
/// <param name="Content">The exact text (LF line ends, one trailing newline).</param>
public sealed record GeneratedFile(RepositoryPath Path, string Content);
