using System.Text;
using Infra.Model;

namespace Infra.Emitters;

/// <summary>
/// One file that <c>infra synth</c> writes, with its full content. The content is kept as the UTF-8 bytes that
/// are written: a large program's output held as .NET strings would take twice the memory.
/// </summary>
public sealed class GeneratedFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>A file with its exact text (LF line ends, one trailing newline).</summary>
    public GeneratedFile(RepositoryPath path, string content)
    {
        Path = path;
        Bytes = Utf8NoBom.GetBytes(content);
    }

    /// <summary>A file with its exact UTF-8 bytes (no byte order mark), as an emitter wrote them.</summary>
    public GeneratedFile(RepositoryPath path, byte[] utf8)
    {
        Path = path;
        Bytes = utf8;
    }

    /// <summary>Where it goes, relative to the repository root.</summary>
    public RepositoryPath Path { get; }

    /// <summary>The exact bytes written (UTF-8, no byte order mark).</summary>
    public byte[] Bytes { get; }

    /// <summary>The text, decoded on each call: for readers of single files, not for loops over all of them.</summary>
    public string Content => Utf8NoBom.GetString(Bytes);
}
