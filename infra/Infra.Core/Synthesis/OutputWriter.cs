using Infra.Emitters;

namespace Infra.Synthesis;

/// <summary>
/// Writes generated files under a root folder, each atomically (temporary file, then rename), so that a failed
/// run leaves the last good output in place; removes files that synth no longer produces in the folders it owns;
/// and compares without writing for <c>synth --check</c>.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes changed files and removes stale ones; returns the paths touched.</summary>
    public static IReadOnlyList<string> Write(string root, SynthesisResult result)
    {
        var touched = new List<string>();
        foreach (var file in result.Files)
        {
            var path = file.Path.Under(root);
            if (SameBytes(path, file))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp-" + Environment.ProcessId;
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                file.WriteTo(stream);
            }

            File.Move(temporary, path, overwrite: true);
            touched.Add(file.Path.Value);
        }

        foreach (var stale in Extra(root, result))
        {
            File.Delete(Path.Combine(root, stale));
            touched.Add(stale);
        }

        return touched;
    }

    /// <summary>The files that differ from a fresh synth: changed, missing, or no longer generated.</summary>
    public static IReadOnlyList<string> Stale(string root, SynthesisResult result)
    {
        var stale = new List<string>();
        foreach (var file in result.Files)
        {
            var path = file.Path.Under(root);
            if (!File.Exists(path))
            {
                stale.Add($"{file.Path} (missing)");
            }
            else if (!SameBytes(path, file))
            {
                stale.Add($"{file.Path} (differs)");
            }
        }

        stale.AddRange(Extra(root, result).Select(p => $"{p} (no longer generated)"));
        return stale;
    }

    // Byte for byte: a byte order mark or CRLF line ends in a committed file are drift too.
    private static bool SameBytes(string path, GeneratedFile file)
    {
        if (!File.Exists(path) || new FileInfo(path).Length != file.Length)
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        return file.SameBytesAs(stream);
    }

    // Local engine files (.terraform/, lock files, *_override.tf.json used by the bootstrap runbook) are not ours.
    private static IEnumerable<string> Extra(string root, SynthesisResult result)
    {
        var expected = result.Files.Select(f => f.Path.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var directory in result.OwnedDirectories)
        {
            var full = directory.Under(root);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var name = Path.GetFileName(file);
                // Dot folders inside an owned folder (.terraform/) are the engines'; the owned folder itself may be one (.github/workflows).
                var inside = Path.GetRelativePath(full, file).Replace('\\', '/');
                if (inside.Split('/').Any(segment => segment.StartsWith('.')) || name.EndsWith("_override.tf.json", StringComparison.Ordinal) || name.Contains(".tmp-", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!expected.Contains(relative))
                {
                    yield return relative;
                }
            }
        }
    }
}
