using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Infra.Configuration;
using Infra.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Permissions;

/// <summary>
/// The evidence ledger of one logical role (<c>infra/Ledgers/&lt;role&gt;.yaml</c>): every action the role is
/// granted, with what justified it, shared by all stacks through placeholders. A grant's evidence is <c>observed</c>
/// (<c>evidence</c>: an AccessDenied text or a design reason, written by people and <c>infra permissions add</c>) or
/// <c>required</c> (<c>required</c>: the calls of the stacks that need it, written by <c>infra permissions sync</c>), or
/// both. Every change edits the file's text so that comments and order stay.
/// </summary>
public sealed partial class EvidenceLedger
{
    /// <summary>The folder of the ledgers, relative to the repository root.</summary>
    public const string Folder = "infra/Ledgers";

    private static readonly string[] TopKeys = ["grants", "role"];
    private static readonly string[] GrantKeys = ["action", "date", "evidence", "passed-to-service", "required", "resource", "source"];
    private static readonly string[] RequirerKeys = ["by", "from"];

    private EvidenceLedger(string path, string displayName, string role, IReadOnlyList<LedgerGrant> grants)
    {
        Path = path;
        DisplayName = displayName;
        Role = role;
        Grants = grants;
    }

    /// <summary>The file the ledger was read from.</summary>
    public string Path { get; }

    /// <summary>The file as named in messages.</summary>
    public string DisplayName { get; }

    /// <summary>The logical role, e.g. <c>github-deploy</c>; equal to the file's name without <c>.yaml</c>.</summary>
    public string Role { get; }

    /// <summary>The grants, in file order, with placeholders unresolved.</summary>
    public IReadOnlyList<LedgerGrant> Grants { get; }

    /// <summary>This ledger with <paramref name="extra"/> grants added in memory only (nothing is written), for synthetic programs such as the synth benchmark's.</summary>
    public EvidenceLedger WithGrants(IEnumerable<LedgerGrant> extra) => new(Path, DisplayName, Role, [.. Grants, .. extra.Where(e => !Grants.Any(g => g.SameGrantAs(e)))]);

    /// <summary>The ledger file of <paramref name="role"/> under <paramref name="repositoryRoot"/>.</summary>
    public static string PathFor(string repositoryRoot, string role) =>
        System.IO.Path.Combine(repositoryRoot, Folder, role + ".yaml");

    /// <summary>Reads and validates a ledger; a malformed file is an <see cref="Model.InfraException"/> (exit 2) naming the line, the field and the fix.</summary>
    public static EvidenceLedger Load(string path)
    {
        var display = DisplayNameOf(path);
        return Parse(ReadText(path, display), path, display);
    }

    /// <summary>Every ledger in <paramref name="folder"/> (<c>*.yaml</c>), sorted by role; none when the folder is missing.</summary>
    public static IReadOnlyList<EvidenceLedger> LoadAll(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(Load).ToList()
            : [];

    /// <summary>Writes a new, empty ledger for <paramref name="role"/>; refuses to overwrite an existing file.</summary>
    public static EvidenceLedger Create(string path, string role, string purpose)
    {
        if (File.Exists(path))
        {
            throw LedgerErrors.Invalid(DisplayNameOf(path), 1, "role", "already has a ledger", "append to it instead of creating it");
        }

        var text = $"# Evidence ledger of {purpose}: every action it is granted, with the error or reason that justified it.\nrole: {role}\ngrants: []\n";
        var ledger = Parse(text, path, DisplayNameOf(path));
        WriteAtomically(path, text);
        return ledger;
    }

    /// <summary>The grants with <c>${account}</c>, <c>${region}</c>, <c>${stack}</c> and <c>${partition}</c> replaced by the stack's values.</summary>
    public IReadOnlyList<LedgerGrant> Resolve(string accountId, string region, string stack) =>
        Grants.Select(g => g with { Resource = LedgerPlaceholders.Resolve(g.Resource, accountId, region, stack) }).ToList();

    /// <summary>True when the ledger already grants the same action on the same resource.</summary>
    public bool Contains(LedgerGrant grant) => Grants.Any(g => g.SameGrantAs(grant));

    /// <summary>
    /// Appends <paramref name="grant"/> at the end of the <c>grants:</c> list, keeping the file's order and comments,
    /// and returns the ledger as now written; a grant already present is not added twice (the same ledger is returned).
    /// The new text is validated before it replaces the file, and the replacement is atomic.
    /// </summary>
    public EvidenceLedger Append(LedgerGrant grant)
    {
        // One read serves the check and the edit, through the same guarded reader as Load.
        var text = ReadText(Path, DisplayName).Replace("\r\n", "\n", StringComparison.Ordinal);
        var current = Parse(text, Path, DisplayName);
        if (current.Contains(grant))
        {
            return current;
        }

        var updatedText = InsertEntry(text, grant);
        var updated = Parse(updatedText, Path, DisplayName);
        if (updated.Grants.Count != current.Grants.Count + 1 || !updated.Grants[^1].SameGrantAs(grant))
        {
            throw LedgerErrors.Invalid(DisplayName, 1, "grants", "could not be appended to safely (the list is not a plain block list at the end of its section)", "write 'grants:' as a block list of '- action: ...' entries");
        }

        WriteAtomically(Path, updatedText);
        return updated;
    }

    /// <summary>
    /// Rewrites the ledger in one atomic write: the <c>required:</c> list of each grant in <paramref name="requiredUpdates"/>
    /// (by its line) is replaced (deleted when the new list is empty), each grant in <paramref name="removals"/> (by its line) is deleted, and
    /// <paramref name="additions"/> are appended at the end of the list in the order given. Every other line, comment
    /// and blank line stays as it is. Refuses when the file changed since this ledger was read.
    /// </summary>
    public EvidenceLedger Rewrite(IReadOnlyDictionary<int, IReadOnlyList<GrantRequirer>> requiredUpdates, IReadOnlySet<int> removals, IReadOnlyList<LedgerGrant> additions)
    {
        var text = ReadText(Path, DisplayName).Replace("\r\n", "\n", StringComparison.Ordinal);
        var current = Parse(text, Path, DisplayName);
        if (!current.Grants.Select(g => (g.Line, g.Action, g.Resource)).SequenceEqual(Grants.Select(g => (g.Line, g.Action, g.Resource))))
        {
            throw LedgerErrors.Invalid(DisplayName, 1, "grants", "changed while it was being synchronised", "run the command again");
        }

        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        // Bottom up, so that the line numbers of the entries still to edit stay valid.
        foreach (var grant in Grants.Where(g => removals.Contains(g.Line) || requiredUpdates.ContainsKey(g.Line)).OrderByDescending(g => g.Line))
        {
            var (start, end) = EntryRange(lines, grant.Line - 1);
            if (removals.Contains(grant.Line))
            {
                lines.RemoveRange(start, end - start);
                continue;
            }

            var keyIndent = Indent(lines[start]) + 2;
            var key = Enumerable.Range(start, end - start).FirstOrDefault(i => Indent(lines[i]) == keyIndent && lines[i].TrimStart().StartsWith("required:", StringComparison.Ordinal), -1);
            if (key < 0)
            {
                throw LedgerErrors.Invalid(DisplayName, grant.Line, "required", $"of {grant.Action} is missing, so its calls cannot be updated", "add the grant's 'required:' list, or run 'infra permissions sync' on an unedited ledger");
            }

            var keyEnd = key + 1;
            while (keyEnd < end && Indent(lines[keyEnd]) > keyIndent)
            {
                keyEnd++;
            }

            lines.RemoveRange(key, keyEnd - key);
            if (requiredUpdates[grant.Line].Count > 0)
            {
                lines.InsertRange(key, FormatRequired(requiredUpdates[grant.Line], new string(' ', keyIndent)).TrimEnd('\n').Split('\n'));
            }
        }

        var updatedText = string.Join('\n', lines) + "\n";
        foreach (var addition in additions)
        {
            updatedText = InsertEntry(updatedText, addition);
        }

        var updated = Parse(updatedText, Path, DisplayName);
        if (updated.Grants.Count != Grants.Count - removals.Count + additions.Count)
        {
            throw LedgerErrors.Invalid(DisplayName, 1, "grants", "could not be rewritten safely (the list is not a plain block list of '- action: ...' entries)", "write 'grants:' as a block list of '- action: ...' entries");
        }

        WriteAtomically(Path, updatedText);
        return updated;
    }

    // The lines [start, end) of the entry whose '- action:' line is at index `start`: every following non-blank line
    // indented deeper than its dash. A comment or blank line after it belongs to what follows.
    private static (int Start, int End) EntryRange(List<string> lines, int start)
    {
        var dash = Indent(lines[start]);
        var end = start + 1;
        while (end < lines.Count && lines[end].Trim().Length > 0 && Indent(lines[end]) > dash)
        {
            end++;
        }

        return (start, end);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>The ledger entry of <paramref name="grant"/> as YAML lines, each starting with <paramref name="indent"/>.</summary>
    public static string FormatEntry(LedgerGrant grant, string indent = "  ")
    {
        var builder = new StringBuilder();
        builder.Append(indent).Append("- action: ").Append(grant.Action).Append('\n');
        builder.Append(indent).Append("  resource: ").Append(Quote(grant.Resource)).Append('\n');
        if (grant.PassedToService is { } service)
        {
            // Without it the entry would read back as PassRole to any service, a different grant.
            builder.Append(indent).Append("  passed-to-service: ").Append(service).Append('\n');
        }

        if (grant.IsObserved || !grant.IsRequired)
        {
            builder.Append(indent).Append("  evidence: ").Append(Quote(grant.Evidence)).Append('\n');
        }

        if (grant.IsRequired)
        {
            builder.Append(FormatRequired(grant.Required!, indent + "  "));
        }

        if (grant.Date is { } date)
        {
            builder.Append(indent).Append("  date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        if (!string.IsNullOrEmpty(grant.Source))
        {
            builder.Append(indent).Append("  source: ").Append(Quote(grant.Source)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The <c>required:</c> field of a grant as YAML lines, the key at <paramref name="indent"/>.</summary>
    public static string FormatRequired(IEnumerable<GrantRequirer> required, string indent)
    {
        var builder = new StringBuilder();
        builder.Append(indent).Append("required:\n");
        foreach (var requirer in required)
        {
            builder.Append(indent).Append("  - by: ").Append(Quote(requirer.By)).Append('\n');
            builder.Append(indent).Append("    from: ").Append(Quote(requirer.From)).Append('\n');
        }

        return builder.ToString();
    }

    internal static EvidenceLedger Parse(string text, string path, string display)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var (line, column, detail) = YamlInput.Describe(e, text);
            throw LedgerErrors.Malformed(display, line, column, detail);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw LedgerErrors.Invalid(display, 1, "role", "is missing (the file is not a map)", "start the file with 'role: <logical-role>' and 'grants:'");
        }

        foreach (var (keyNode, _) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!TopKeys.Contains(key))
            {
                throw UnknownKey(display, keyNode, key, TopKeys);
            }
        }

        var expectedRole = System.IO.Path.GetFileNameWithoutExtension(path);
        var roleNode = root.Children.TryGetValue(new YamlScalarNode("role"), out var r) ? r : null;
        var role = (roleNode as YamlScalarNode)?.Value;
        if (string.IsNullOrWhiteSpace(role))
        {
            throw LedgerErrors.Invalid(display, Line(roleNode ?? root), "role", "is missing", $"write 'role: {expectedRole}' (the file's name without .yaml)");
        }

        if (role != expectedRole)
        {
            throw LedgerErrors.Invalid(display, Line(roleNode!), "role", $"is '{role}' but the file is named for '{expectedRole}'", $"write 'role: {expectedRole}', or rename the file to {role}.yaml");
        }

        var grants = new List<LedgerGrant>();
        if (root.Children.TryGetValue(new YamlScalarNode("grants"), out var grantsNode) && !IsNull(grantsNode))
        {
            if (grantsNode is not YamlSequenceNode sequence)
            {
                throw LedgerErrors.Invalid(display, Line(grantsNode), "grants", "is not a list", "write one '- action: ...' entry per grant under 'grants:'");
            }

            foreach (var item in sequence.Children)
            {
                var grant = ReadGrant(display, item);
                var twin = grants.FirstOrDefault(g => g.SameGrantAs(grant));
                if (twin is not null)
                {
                    throw LedgerErrors.Invalid(display, grant.Line, "action", $"grants {grant.Action} on {grant.Resource} a second time (first at line {twin.Line})", "delete one of the two entries, keeping the evidence of both");
                }

                grants.Add(grant);
            }
        }

        return new EvidenceLedger(path, display, role, grants);
    }

    private static LedgerGrant ReadGrant(string display, YamlNode item)
    {
        if (item is not YamlMappingNode map)
        {
            throw LedgerErrors.Invalid(display, Line(item), "grants", "has an entry that is not a map", "write each entry as '- action: ...' with resource, evidence and date below it");
        }

        foreach (var (keyNode, _) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!GrantKeys.Contains(key))
            {
                throw UnknownKey(display, keyNode, key, GrantKeys);
            }
        }

        var line = Line(item);
        var action = ScalarOf(display, map, "action");
        if (string.IsNullOrWhiteSpace(action))
        {
            throw LedgerErrors.Invalid(display, line, "action", "is missing", "write the IAM action as 'service:Action', e.g. 'action: lambda:GetPolicy'");
        }

        if (!ActionPattern().IsMatch(action))
        {
            throw LedgerErrors.Invalid(display, line, "action", $"is '{action}', not an IAM action", "write 'service:Action', e.g. 'lambda:GetPolicy'");
        }

        var resource = ScalarOf(display, map, "resource");
        if (string.IsNullOrWhiteSpace(resource))
        {
            throw LedgerErrors.Invalid(display, line, "resource", $"is missing for {action}", "write the narrowest ARN the action needs, with ${account}, ${region} and ${stack} placeholders (\"*\" only for actions without resource-level permissions)");
        }

        if (LedgerPlaceholders.HasLiteralAccountId(resource))
        {
            throw LedgerErrors.Invalid(display, line, "resource", $"of {action} names a literal account id ({resource})", "write ${account} instead: one ledger serves every stack, and a literal id would reach another account");
        }

        if (LedgerPlaceholders.Unknown(resource).FirstOrDefault() is { } unknown)
        {
            throw LedgerErrors.Invalid(display, line, "resource", $"of {action} uses the unknown placeholder ${{{unknown}}}", $"use one of {string.Join(", ", LedgerPlaceholders.Known.Select(k => "${" + k + "}"))}");
        }

        var dateText = ScalarOf(display, map, "date");
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(dateText))
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw LedgerErrors.Invalid(display, line, "date", $"of {action} is '{dateText}', not a date", "write the day the grant was added as YYYY-MM-DD, e.g. 2025-12-29");
            }

            date = parsed;
        }

        var passedTo = ScalarOf(display, map, "passed-to-service");
        if (passedTo is not null && !action.Equals("iam:PassRole", StringComparison.OrdinalIgnoreCase))
        {
            throw LedgerErrors.Invalid(display, line, "passed-to-service", $"is set on {action}", "set it only on iam:PassRole (it becomes the iam:PassedToService condition), or delete it");
        }

        if (passedTo is not null && !ServicePrincipal().IsMatch(passedTo))
        {
            throw LedgerErrors.Invalid(display, line, "passed-to-service", $"is '{passedTo}', not a service principal", "write the service the role is passed to, e.g. lambda.amazonaws.com");
        }

        var source = ScalarOf(display, map, "source");
        var required = ReadRequired(display, map, action);
        return new LedgerGrant(action, resource, ScalarOf(display, map, "evidence") ?? string.Empty, date, string.IsNullOrWhiteSpace(source) ? null : source, (int)line, passedTo, required);
    }

    // The calls that require a grant: a list of 'by' and 'from' pairs, both non-empty; sync writes them, so a malformed
    // list is refused rather than read as no evidence.
    private static IReadOnlyList<GrantRequirer>? ReadRequired(string display, YamlMappingNode map, string action)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("required"), out var node) || IsNull(node))
        {
            return null;
        }

        const string Fix = "write one '- by: <address> (<operation>)' entry with 'from: <requirement table entry>' per call below 'required:', or run 'infra permissions sync' to regenerate it";
        if (node is not YamlSequenceNode sequence)
        {
            throw LedgerErrors.Invalid(display, Line(node), "required", $"of {action} is not a list", Fix);
        }

        if (sequence.Children.Count == 0)
        {
            throw LedgerErrors.Invalid(display, Line(node), "required", $"of {action} lists no call", "delete the field (the grant then needs observed 'evidence'), or run 'infra permissions sync' to regenerate it");
        }

        var requirers = new List<GrantRequirer>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                throw LedgerErrors.Invalid(display, Line(item), "required", $"of {action} has an entry that is not a map", Fix);
            }

            foreach (var (keyNode, _) in entry.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (!RequirerKeys.Contains(key))
                {
                    throw UnknownKey(display, keyNode, key, RequirerKeys);
                }
            }

            var by = ScalarOf(display, entry, "by");
            if (string.IsNullOrWhiteSpace(by))
            {
                throw LedgerErrors.Invalid(display, Line(entry), "by", $"is missing in a 'required' entry of {action}", "write the call that needs the grant, e.g. 'by: \"aws_lambda_function.product_api_function (refresh)\"', or run 'infra permissions sync'");
            }

            var from = ScalarOf(display, entry, "from");
            if (string.IsNullOrWhiteSpace(from))
            {
                throw LedgerErrors.Invalid(display, Line(entry), "from", $"is missing in the 'required' entry of {action} by {by}", "write the requirement table entry it comes from, e.g. 'from: \"infra/IamRequirements/aws/aws_lambda_function.yaml: refresh lambda:GetFunction\"', or run 'infra permissions sync'");
            }

            requirers.Add(new GrantRequirer(by, from));
        }

        return requirers;
    }

    private static string? ScalarOf(string display, YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node) || IsNull(node))
        {
            return null;
        }

        return node is YamlScalarNode scalar
            ? scalar.Value
            : throw LedgerErrors.Invalid(display, Line(node), key, "is not a single value", $"write '{key}:' followed by one value (quote it if it contains ': ' or '#')");
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static Model.InfraException UnknownKey(string display, YamlNode keyNode, string key, IEnumerable<string> known)
    {
        var hint = Suggestions.Closest(key, known);
        return LedgerErrors.Invalid(display, Line(keyNode), key, "is not a ledger field" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"), $"use only {string.Join(", ", known)}");
    }

    private static long Line(YamlNode node) => node.Start.Line;

    private static string InsertEntry(string text, LedgerGrant grant)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var grantsLine = lines.FindIndex(l => GrantsKey().IsMatch(l));
        if (grantsLine < 0)
        {
            lines.Add("grants:");
            grantsLine = lines.Count - 1;
        }
        else if (FlowEmpty().IsMatch(lines[grantsLine]))
        {
            // 'grants: []' becomes a block list; a comment after it stays on its line.
            lines[grantsLine] = FlowEmpty().Replace(lines[grantsLine], "grants:$1");
        }

        // The section ends at the next top-level key; the entry goes after its last line of content,
        // so that trailing comments and blank lines stay where they were.
        var end = grantsLine;
        string? indent = null;
        for (var i = grantsLine + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == trimmed.Length && !trimmed.StartsWith('-'))
            {
                break;
            }

            indent ??= trimmed.StartsWith('-') ? line[..(line.Length - trimmed.Length)] : null;
            end = i;
        }

        var entry = FormatEntry(grant, indent ?? "  ").TrimEnd('\n').Split('\n');
        lines.InsertRange(end + 1, entry);
        return string.Join('\n', lines) + "\n";
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string ReadText(string path, string display) =>
        File.Exists(path)
            ? YamlInput.ReadText(path, display)
            : throw LedgerErrors.Missing(display, System.IO.Path.GetFileNameWithoutExtension(path));

    // Through the shared all-or-nothing writer: a failed or killed write leaves the previous ledger whole.
    private static void WriteAtomically(string path, string text) => FileTransaction.WriteFile(path, text);

    private static string DisplayNameOf(string path)
    {
        var relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    [GeneratedRegex("^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("^grants:")]
    private static partial Regex GrantsKey();

    [GeneratedRegex(@"^grants:\s*\[\s*\](\s*#.*)?\s*$")]
    private static partial Regex FlowEmpty();

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$")]
    private static partial Regex ServicePrincipal();
}
