using Infra.Emitters;
using Infra.Files;
using Infra.Model;

namespace Infra.Synthesis;

/// <summary>
/// Writes a synth's files under a root all-or-nothing (<see cref="FileTransaction"/>), removes only files that the
/// previous manifest of a complete output root listed and this synth no longer generates, and compares without
/// writing for <c>synth --check</c>. Files synth does not own are never touched, whatever folder they are in.
/// </summary>
public static class OutputWriter
{
    /// <summary>
    /// Finishes or rolls back a write a killed run left, then writes changed files and removes owned files no longer
    /// generated, in one transaction; returns the files changed. Throws exit 3 when the file system refuses,
    /// leaving every file as it was.
    /// </summary>
    public static IReadOnlyList<FileChange> Write(string root, SynthesisResult result, IFileSystem? fileSystem = null)
    {
        FileTransaction.Recover(root, fileSystem);
        FileTransaction.RemoveStrayTemporaries(root, result.Roots.Select(r => r.Path.Value), fileSystem);
        var transaction = new FileTransaction(root, fileSystem);
        foreach (var file in result.Files.Where(f => !SameBytes(f.Path.Under(root), f)))
        {
            transaction.Write(file.Path.Value, file.WriteTo);
        }

        foreach (var dropped in NoLongerGenerated(root, result))
        {
            transaction.Delete(dropped.Value);
        }

        return transaction.Commit();
    }

    /// <summary>
    /// What differs from a fresh synth: owned files changed, missing or no longer generated, and the journal or
    /// temporaries of an interrupted write.
    /// </summary>
    public static IReadOnlyList<string> Stale(string root, SynthesisResult result) =>
        Stale(root, result, file => Drift(root, file));

    /// <summary>
    /// <see cref="Stale(string, SynthesisResult)"/> with each file's drift already known (<paramref name="drift"/>:
    /// "missing", "differs" or null), in the order of <see cref="SynthesisResult.Files"/>.
    /// </summary>
    internal static IReadOnlyList<string> Stale(string root, SynthesisResult result, Func<GeneratedFile, string?> drift)
    {
        var stale = new List<string>();
        foreach (var file in result.Files)
        {
            if (drift(file) is { } how)
            {
                stale.Add($"{file.Path} ({how})");
            }
        }

        stale.AddRange(NoLongerGenerated(root, result).Select(p => $"{p} (no longer generated)"));
        stale.AddRange(FileTransaction.Leftovers(root, result.Roots.Select(r => r.Path.Value))
            .Select(p => $"{p} (left by an interrupted synth: run synth to finish or roll it back)"));
        return stale;
    }

    /// <summary>How the file on disk differs from <paramref name="file"/>: "missing", "differs", or null when it holds exactly its bytes.</summary>
    internal static string? Drift(string root, GeneratedFile file)
    {
        var path = file.Path.Under(root);
        return !File.Exists(path) ? "missing" : SameBytes(path, file) ? null : "differs";
    }

    // Byte for byte: a byte order mark or CRLF line ends in a committed file are drift too.
    internal static bool SameBytes(string path, GeneratedFile file)
    {
        if (!File.Exists(path) || new FileInfo(path).Length != file.Length)
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        return file.SameBytesAs(stream);
    }

    // Only what the committed manifest says synth wrote before: state, plans and notes beside it are never listed.
    internal static IEnumerable<RepositoryPath> NoLongerGenerated(string root, SynthesisResult result)
    {
        var generated = result.Files.Select(f => f.Path.Value).ToHashSet(StringComparer.Ordinal);
        return result.Roots
            .Where(r => r.Complete)
            .SelectMany(r => OutputManifest.Read(root, r))
            .Where(p => !generated.Contains(p.Value) && File.Exists(p.Under(root)))
            .ToList();
    }
}
