using System.Text;
using Infra.Model;

namespace Infra.Emitters;

/// <summary>
/// One file that <c>infra synth</c> writes, with its full content. The content is kept as the UTF-8 bytes that
/// are written, in chunks: a large program's output held as .NET strings would take twice the memory, and as one
/// array it would be copied as it grew.
/// </summary>
public sealed class GeneratedFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    // Null once the content has been written out as it was emitted (see WithoutContent).
    private IReadOnlyList<ReadOnlyMemory<byte>>? chunks;

    /// <summary>A file with its exact text (LF line ends, one trailing newline).</summary>
    public GeneratedFile(RepositoryPath path, string content)
        : this(path, new Utf8TextBuffer().Append(content))
    {
    }

    /// <summary>A file with the UTF-8 text an emitter wrote (no byte order mark); the buffer is not written to afterwards.</summary>
    public GeneratedFile(RepositoryPath path, Utf8TextBuffer content)
    {
        Path = path;
        chunks = content.ToChunks();
        Length = content.Length;
    }

    private GeneratedFile(RepositoryPath path, long length)
    {
        Path = path;
        Length = length;
    }

    /// <summary>Where it goes, relative to the repository root.</summary>
    public RepositoryPath Path { get; }

    /// <summary>The number of bytes.</summary>
    public long Length { get; }

    /// <summary>The text, decoded on each call: for readers of single files, not for loops over all of them.</summary>
    public string Content
    {
        get
        {
            using var stream = new MemoryStream((int)Length);
            WriteTo(stream);
            return Utf8NoBom.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        }
    }

    /// <summary>False once the content was written out as it was emitted and dropped (<see cref="WithoutContent"/>).</summary>
    public bool HasContent => chunks is not null;

    /// <summary>
    /// The same path and length without the content, for a synth that wrote the content out as soon as it was emitted:
    /// a large program's output is then never held whole. Reading its content throws.
    /// </summary>
    public GeneratedFile WithoutContent() => new(Path, Length);

    /// <summary>
    /// <see cref="WithoutContent"/>, handing this file's memory to the next files emitted (see
    /// <see cref="Utf8TextBuffer.Recycle"/>): only for the one holder of the file, once its content is written out.
    /// This file cannot be read afterwards.
    /// </summary>
    public GeneratedFile Release()
    {
        var written = Chunks;
        chunks = null;
        Utf8TextBuffer.Recycle(written);
        return WithoutContent();
    }

    /// <summary>Writes the exact bytes (UTF-8, no byte order mark) to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        foreach (var chunk in Chunks)
        {
            stream.Write(chunk.Span);
        }
    }

    /// <summary>True when <paramref name="stream"/> holds exactly these bytes, no more, no less.</summary>
    public bool SameBytesAs(Stream stream)
    {
        var read = new byte[64 * 1024];
        foreach (var chunk in Chunks)
        {
            for (var offset = 0; offset < chunk.Length;)
            {
                var count = stream.Read(read, 0, Math.Min(read.Length, chunk.Length - offset));
                if (count == 0 || !chunk.Span.Slice(offset, count).SequenceEqual(read.AsSpan(0, count)))
                {
                    return false;
                }

                offset += count;
            }
        }

        return stream.Read(read, 0, 1) == 0;
    }

    private IReadOnlyList<ReadOnlyMemory<byte>> Chunks =>
        chunks ?? throw new InvalidOperationException($"{Path}: its content was written out as it was emitted and is not kept; read the written file instead.");
}
