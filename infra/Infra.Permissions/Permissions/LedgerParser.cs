using Infra.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Permissions;

/// <summary>
/// Reads a ledger's text into an <see cref="EvidenceLedger"/>: the document, its <c>role</c> and its list of grants
/// (each read by <see cref="LedgerGrantParser"/>), refusing anything malformed with the line, the field and the fix.
/// </summary>
internal static class LedgerParser
{
    private static readonly string[] TopKeys = ["grants", "role"];

    /// <summary>
    /// Reads and validates a ledger's text, whose grants may name only <paramref name="knownStacks"/> in their
    /// <c>stacks</c> field (null: any name); a malformed text is an <see cref="InfraException"/> (exit 2) naming the
    /// line, the field and the fix.
    /// </summary>
    internal static EvidenceLedger Parse(string text, string path, string display, IReadOnlyList<string>? knownStacks = null)
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
                var grant = LedgerGrantParser.Read(display, item, knownStacks);
                var twin = grants.FirstOrDefault(g => g.SameGrantAs(grant));
                if (twin is not null)
                {
                    throw LedgerErrors.Invalid(display, grant.Line, "action", $"grants {grant.Action} on {grant.Resource} a second time (first at line {twin.Line})", "delete one of the two entries, keeping the evidence of both");
                }

                grants.Add(grant);
            }
        }

        return new EvidenceLedger(path, display, role, grants) { KnownStacks = knownStacks };
    }

    /// <summary>The scalar value of <paramref name="key"/>, null when unset or null; a list or map is an error naming the field.</summary>
    internal static string? ScalarOf(string display, YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node) || IsNull(node))
        {
            return null;
        }

        return node is YamlScalarNode scalar
            ? scalar.Value
            : throw LedgerErrors.Invalid(display, Line(node), key, "is not a single value", $"write '{key}:' followed by one value (quote it if it contains ': ' or '#')");
    }

    /// <summary>True for an empty or explicit YAML null.</summary>
    internal static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    /// <summary>The error of a field the ledger format does not have, with the closest known one.</summary>
    internal static InfraException UnknownKey(string display, YamlNode keyNode, string key, IEnumerable<string> known)
    {
        var hint = Suggestions.Closest(key, known);
        return LedgerErrors.Invalid(display, Line(keyNode), key, "is not a ledger field" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"), $"use only {string.Join(", ", known)}");
    }

    /// <summary>The 1-based line a node starts on.</summary>
    internal static long Line(YamlNode node) => node.Start.Line;
}
