using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace Infra.Emitters;

/// <summary>
/// Text appended as UTF-8 bytes into fixed-size chunks. A large module grown as one string or one array would
/// be copied at every doubling and land on the large object heap, whose collections dominated synth time on
/// large programs; chunks below the large object threshold are never copied and never collected early.
/// </summary>
public sealed class Utf8TextBuffer
{
    // Below the 85,000-byte large object threshold.
    private const int ChunkSize = 64 * 1024;

    // The most bytes one UTF-16 code unit (or a surrogate pair, two units) becomes.
    private const int MaxBytesPerChar = 4;

    // Chunks of files already written out, for the next files to fill: a synth's output passes through a few of them
    // instead of each file's chunks living long enough to be promoted, then lying in the oldest generation as garbage.
    private const int MaxSpareChunks = 512;
    private static readonly ConcurrentStack<byte[]> SpareChunks = new();

    private readonly List<ReadOnlyMemory<byte>> chunks = [];
    private byte[] current = NewChunk();
    private int position;
    private long completed;

    /// <summary>The number of bytes written so far.</summary>
    public long Length => completed + position;

    /// <summary>Appends one character (a lone surrogate becomes U+FFFD, as <see cref="UTF8Encoding"/> writes it).</summary>
    public Utf8TextBuffer Append(char c)
    {
        if (c < 0x80)
        {
            if (position == ChunkSize)
            {
                NextChunk();
            }

            current[position++] = (byte)c;
            return this;
        }

        return Append([c]);
    }

    /// <summary>Appends a string.</summary>
    public Utf8TextBuffer Append(string? text) => text is null ? this : Append(text.AsSpan());

    /// <summary>Appends text, encoding it as UTF-8.</summary>
    public Utf8TextBuffer Append(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (ChunkSize - position < MaxBytesPerChar)
            {
                NextChunk();
            }

            var c = text[i];
            if (c < 0x80)
            {
                // ASCII, by far the common case: one byte per character, as many as fit in this chunk. A longer run is
                // narrowed by the runtime's vectorized converter, which stops at the first other character.
                var end = Math.Min(text.Length, i + (ChunkSize - position));
                if (end - i >= 16)
                {
                    Ascii.FromUtf16(text[i..end], current.AsSpan(position), out var written);
                    position += written;
                    i += written;
                    continue;
                }

                while (i < end && text[i] < 0x80)
                {
                    current[position++] = (byte)text[i++];
                }

                continue;
            }

            _ = Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed);
            position += rune.EncodeToUtf8(current.AsSpan(position));
            i += consumed;
        }

        return this;
    }

    /// <summary>Appends everything written to <paramref name="other"/>, which is not written to afterwards; its chunks are shared, not copied.</summary>
    public Utf8TextBuffer Append(Utf8TextBuffer other)
    {
        if (position > 0)
        {
            chunks.Add(new ReadOnlyMemory<byte>(current, 0, position));
            completed += position;
            current = NewChunk();
            position = 0;
        }

        foreach (var chunk in other.ToChunks())
        {
            chunks.Add(chunk);
            completed += chunk.Length;
        }

        return this;
    }

    /// <summary>Appends <paramref name="count"/> spaces.</summary>
    public Utf8TextBuffer Spaces(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Append(' ');
        }

        return this;
    }

    /// <summary>The bytes written, in order, as read-only chunks; the buffer must not be written to afterwards.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> ToChunks()
    {
        var result = new List<ReadOnlyMemory<byte>>(chunks.Count + 1);
        result.AddRange(chunks);
        if (position > 0)
        {
            result.Add(new ReadOnlyMemory<byte>(current, 0, position));
        }

        return result;
    }

    /// <summary>
    /// Hands the chunks of a buffer (<see cref="ToChunks"/>) back for reuse once their bytes are written out and
    /// nothing reads them any more.
    /// </summary>
    public static void Recycle(IReadOnlyList<ReadOnlyMemory<byte>> written)
    {
        foreach (var chunk in written)
        {
            if (MemoryMarshal.TryGetArray(chunk, out var segment) && segment.Array is { Length: ChunkSize } array && SpareChunks.Count < MaxSpareChunks)
            {
                SpareChunks.Push(array);
            }
        }
    }

    // On the pinned object heap: a chunk outlives many collections (it is reused), and there it is never copied from
    // generation to generation; nor is it zeroed, as every byte read from it was written first.
    private static byte[] NewChunk() => SpareChunks.TryPop(out var chunk) ? chunk : GC.AllocateUninitializedArray<byte>(ChunkSize, pinned: true);

    private void NextChunk()
    {
        if (position == 0)
        {
            return;
        }

        // A chunk closed a few bytes early (the next character might not fit) keeps only what it holds.
        chunks.Add(new ReadOnlyMemory<byte>(current, 0, position));
        completed += position;
        current = NewChunk();
        position = 0;
    }
}
