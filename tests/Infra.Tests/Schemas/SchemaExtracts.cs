using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Schemas;

/// <summary>
/// Checks that the committed schema extracts (infra/Schemas) are what regenerate.sh would have written: each covers
/// exactly the allow-listed types, and each still has the sha256 SOURCES.md records. CI never downloads the npm
/// packages, so these are the checks that catch a hand edit or an allow-list change made without regenerating.
/// </summary>
public static partial class SchemaExtracts
{
    /// <summary>The kinds an allow-list line may name, with the section each extract keeps them in.</summary>
    private static readonly (string Kind, string Terraform, string Pulumi)[] Sections =
    [
        ("provider", "provider_schemas", "providers"),
        ("resource", "resource_schemas", "resources"),
        ("data", "data_source_schemas", "data_sources"),
    ];

    /// <summary>Reads types.txt: "&lt;kind&gt; &lt;terraform type&gt; &lt;pulumi token&gt;" per line, '#' comments and blank lines ignored.</summary>
    /// <exception cref="FormatException">A line with another shape, an unknown kind or a repeated type (named with its line number).</exception>
    public static IReadOnlyList<(string Kind, string Type, string Token)> ParseAllowList(string text)
    {
        var entries = new List<(string Kind, string Type, string Token)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var match = AllowListLine().Match(line);
            if (!match.Success || !Sections.Any(s => s.Kind == match.Groups[1].Value))
            {
                throw new FormatException($"types.txt line {i + 1}: '{line}' is not '<provider|resource|data> <terraform_type> <pulumi_token>'");
            }

            var (kind, type) = (match.Groups[1].Value, match.Groups[2].Value);
            if (entries.Any(e => e.Kind == kind && e.Type == type))
            {
                throw new FormatException($"types.txt line {i + 1}: {kind} {type} is listed twice");
            }

            entries.Add((kind, type, match.Groups[3].Value));
        }

        return entries;
    }

    /// <summary>Every allow-listed type missing from an extract and every extracted type the allow-list does not name.</summary>
    public static IReadOnlyList<string> CoverageProblems(IReadOnlyList<(string Kind, string Type, string Token)> allowList, JObject terraform, JObject pulumi)
    {
        var problems = new List<string>();
        foreach (var (kind, terraformSection, pulumiSection) in Sections)
        {
            var allowed = allowList.Where(e => e.Kind == kind).Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
            Compare("terraform-schema.json", terraformSection, terraform, kind, allowed, problems);
            Compare("pulumi-schema.json", pulumiSection, pulumi, kind, allowed, problems);
            foreach (var (_, type, token) in allowList.Where(e => e.Kind == kind))
            {
                if (pulumi[pulumiSection]?[type]?["token"] is JValue { Value: string extracted } && extracted != token)
                {
                    problems.Add($"pulumi-schema.json: {pulumiSection}.{type} has token {extracted}, types.txt says {token}: run infra/Schemas/regenerate.sh");
                }
            }
        }

        // The per-provider metadata (versions, npm packages) must describe the same providers as the schemas.
        var providers = allowList.Where(e => e.Kind == "provider").Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
        Compare("terraform-schema.json", "providers", terraform, "provider", providers, problems);
        Compare("pulumi-schema.json", "packages", pulumi, "provider", providers, problems);
        return problems;
    }

    /// <summary>
    /// Compares the sha256 lines of SOURCES.md ("&lt;hex&gt;  &lt;file&gt;") with the files' bytes; each file given must be
    /// recorded, and each recorded one given.
    /// </summary>
    public static IReadOnlyList<string> ChecksumProblems(string sources, IReadOnlyDictionary<string, byte[]> files)
    {
        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in ChecksumLine().Matches(sources))
        {
            recorded[match.Groups[2].Value] = match.Groups[1].Value;
        }

        var problems = new List<string>();
        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var actual = Sha256(bytes);
            if (!recorded.TryGetValue(name, out var expected))
            {
                problems.Add($"SOURCES.md records no sha256 for {name} (its sha256 is {actual}): run infra/Schemas/regenerate.sh");
            }
            else if (expected != actual)
            {
                problems.Add($"{name}: sha256 is {actual}, SOURCES.md records {expected}: the file was changed without regenerate.sh, run it");
            }
        }

        foreach (var name in recorded.Keys.Where(n => !files.ContainsKey(n)).Order(StringComparer.Ordinal))
        {
            problems.Add($"SOURCES.md records a sha256 for {name}, which is not a schema extract");
        }

        return problems;
    }

    /// <summary>The lower-case hex sha256 of some bytes, as sha256sum prints it.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void Compare(string file, string section, JObject document, string kind, HashSet<string> allowed, List<string> problems)
    {
        var present = ((document[section] as JObject)?.Properties().Select(p => p.Name) ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var type in allowed.Where(t => !present.Contains(t)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{file}: {section} lacks {kind} {type}, which types.txt lists: run infra/Schemas/regenerate.sh");
        }

        foreach (var type in present.Where(t => !allowed.Contains(t)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{file}: {section} has {kind} {type}, which types.txt does not list: add it there or regenerate");
        }
    }

    [GeneratedRegex(@"^([a-z]+) ([a-z0-9_]+) ([A-Za-z0-9:/_.]+)$")]
    private static partial Regex AllowListLine();

    [GeneratedRegex(@"^([0-9a-f]{64})  (\S+)$", RegexOptions.Multiline)]
    private static partial Regex ChecksumLine();
}
