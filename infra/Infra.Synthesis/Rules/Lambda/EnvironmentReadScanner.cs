using System.Text.RegularExpressions;

namespace Infra.Rules;

/// <summary>
/// Finds the environment variables Lambda code reads, by the idioms of its language: Python <c>os.getenv</c>,
/// <c>os.environ[...]</c> and <c>os.environ.get</c>; Node <c>process.env.X</c> and <c>process.env["X"]</c>; C#
/// <c>Environment.GetEnvironmentVariable</c>. A read with a fallback (a second argument, <c>??</c> or <c>||</c>) has a default,
/// unless the fallback is an empty string: that only hides the missing variable until a call fails with it (NoSuchBucket).
/// </summary>
public static partial class EnvironmentReadScanner
{
    private static readonly string[] Extensions = [".py", ".js", ".mjs", ".cjs", ".ts", ".cs"];
    private static readonly string[] SkippedFolders = ["node_modules", "bin", "obj", "__pycache__", ".venv", "dist", "tests", "test"];

    /// <summary>Every read in the source files under <paramref name="folder"/>, in file then line order.</summary>
    public static IReadOnlyList<EnvironmentRead> Scan(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && !f.Split('/').Any(SkippedFolders.Contains))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => ScanText(File.ReadAllText(Path.Combine(folder, f)), f))
            .ToList();

    /// <summary>The reads in one file's text.</summary>
    public static IEnumerable<EnvironmentRead> ScanText(string text, string file)
    {
        var patterns = Path.GetExtension(file) switch
        {
            ".py" => PythonReads(),
            ".cs" => CSharpReads(),
            _ => NodeReads(),
        };
        foreach (Match match in patterns.Matches(text))
        {
            var line = 1 + text.AsSpan(0, match.Index).Count('\n');
            var empty = match.Groups["empty"].Success;
            yield return new EnvironmentRead(match.Groups["name"].Value, file, line, match.Groups["default"].Success && !empty, empty);
        }
    }

    // An empty string counts only as the whole fallback: Python's call closes right after it; in Node and C# nothing is added to it.
    [GeneratedRegex("""os\.(?:getenv|environ\.get)\(\s*["'](?<name>\w+)["']\s*(?<default>,(?:\s*(?<empty>""|'')\s*\))?)?|os\.environ\[\s*["'](?<name>\w+)["']\s*\]""")]
    private static partial Regex PythonReads();

    [GeneratedRegex("""process\.env(?:\.(?<name>[A-Za-z_]\w*)|\[\s*["'`](?<name>\w+)["'`]\s*\])(?<default>\s*(?:\?\?|\|\|)(?:\s*(?<empty>""|''|``)(?!\s*\+))?)?""")]
    private static partial Regex NodeReads();

    [GeneratedRegex("""Environment\.GetEnvironmentVariable\(\s*"(?<name>\w+)"\s*\)(?<default>\s*\?\?(?:\s*(?<empty>""|[Ss]tring\.Empty)(?!\s*\+))?)?""")]
    private static partial Regex CSharpReads();
}
