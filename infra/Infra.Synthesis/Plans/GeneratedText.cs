namespace Infra.Plans;

/// <summary>
/// Reads a generated module as synth writes it (UTF-8). A file saved in another encoding by an editor or a tool
/// (UTF-16, a binary) is refused naming the file and the fix, before a JSON parser echoes its NUL characters.
/// </summary>
public static class GeneratedText
{
    /// <summary>The file's text; exit 2 when it holds NUL characters.</summary>
    public static string Read(string path) => Checked(File.ReadAllText(path), path);

    /// <summary><paramref name="text"/> itself; exit 2 naming <paramref name="displayName"/> when it holds NUL characters.</summary>
    public static string Checked(string text, string displayName) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? throw new InfraException($"{displayName}: is not UTF-8 text (it holds NUL characters: saved as UTF-16, or not a text file). Regenerate it with 'infra synth' rather than editing it.")
            : text;
}
