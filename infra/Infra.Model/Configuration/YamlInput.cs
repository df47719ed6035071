using System.Buffers;
using System.Text;
using System.Text.Unicode;
using YamlDotNet.Core;

namespace Infra.Configuration;

/// <summary>
/// Reads the YAML files people write (<c>Pulumi.yaml</c>, the stack files, the evidence ledgers) as UTF-8 text,
/// refusing what YamlDotNet would misreport: an oversized file, a dangling link, UTF-16 without a byte order mark,
/// invalid UTF-8. Every refusal is exit 2 and names the file, the line where there is one, and the fix.
/// </summary>
public static class YamlInput
{
    /// <summary>
    /// The largest file read. Config files and ledgers are a few KiB; a file this size is a mistake, and parsing a
    /// 100 MB file would take minutes and gigabytes before any message.
    /// </summary>
    public const long MaxFileBytes = 1024 * 1024;

    private const string TabMessage = "tabs are not allowed in YAML indentation, use spaces";

    /// <summary>The file's text; throws an exit-2 error naming <paramref name="displayName"/> when it cannot be read as UTF-8.</summary>
    public static string ReadText(string path, string displayName)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxFileBytes)
            {
                throw new InfraException($"{displayName}: is {stream.Length:N0} bytes; at most 1 MiB is read: check that the right file is named, and keep config and ledgers small (they are a few KiB).");
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            var link = new FileInfo(path).LinkTarget;
            throw link is null
                ? new InfraException($"{displayName}: not found: restore the file (git checkout -- {displayName}).")
                : new InfraException($"{displayName}: is a symbolic link to '{link}', which does not exist: restore the link's target or replace the link with the file itself.");
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new InfraException($"{displayName}: cannot be read ({e.Message}): make it a readable file.");
        }

        return Decode(bytes, displayName);
    }

    /// <summary>The line, column and explanation of a YAML syntax error; a tab in indentation is reported where the tab is.</summary>
    public static (long Line, long Column, string Detail) Describe(YamlException error, string text)
    {
        var detail = error.InnerException?.Message ?? error.Message;

        // YamlDotNet reports a tab at the start of the construct it was reading (often line 1), not at the tab: when it
        // names a tab, the first tab in indentation anywhere is the one; otherwise only one up to the error counts.
        var lines = text.Split('\n');
        var last = detail.Contains("tab", StringComparison.OrdinalIgnoreCase) ? lines.Length : (int)Math.Min(lines.Length, error.End.Line + 1);
        for (var i = 0; i < last; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1, TabMessage);
            }
        }

        return (error.Start.Line, error.Start.Column, detail);
    }

    private static string Decode(byte[] bytes, string displayName)
    {
        if (bytes is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var content = bytes.AsSpan(start);
        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            // UTF-16 text of ASCII characters has a zero byte beside every character: after it (LE) or before it (BE).
            var name = nul % 2 == 1 ? "UTF-16LE" : content.Length > 1 && content[1] != 0 && content[0] == 0 ? "UTF-16BE" : null;
            throw name is null
                ? new InfraException($"{displayName}:{LineAt(content, nul)}: holds a NUL byte, so it is not a text file: save it as UTF-8 text.")
                : new InfraException($"{displayName}: is encoded as {name} without a byte order mark: save it as UTF-8 (in most editors: Save with Encoding, UTF-8).");
        }

        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            throw new InfraException($"{displayName}:{LineAt(content, read)}: holds bytes that are not valid UTF-8 (at byte {start + read}): save it as UTF-8, retyping the characters on that line if need be.");
        }

        return new string(chars, 0, written);
    }

    private static int LineAt(ReadOnlySpan<byte> content, int index) => content[..index].Count((byte)'\n') + 1;
}
