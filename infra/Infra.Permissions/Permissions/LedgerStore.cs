using Infra.Configuration;
using Infra.Files;

namespace Infra.Permissions;

/// <summary>Reads and writes ledger files: a guarded read, an all-or-nothing write, and the file's name in messages.</summary>
internal static class LedgerStore
{
    /// <summary>The ledger file's text; a missing file is an error naming the role.</summary>
    internal static string Read(string path, string display) =>
        File.Exists(path)
            ? YamlInput.ReadText(path, display)
            : throw LedgerErrors.Missing(display, Path.GetFileNameWithoutExtension(path));

    /// <summary>Replaces the ledger file with <paramref name="text"/>, all or nothing: a failed or killed write leaves the previous ledger whole.</summary>
    internal static void Write(string path, string text) => FileTransaction.WriteFile(path, text);

    /// <summary>The file as named in messages: relative to the current folder when it is under it.</summary>
    internal static string DisplayNameOf(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
