using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using static Infra.Permissions.LedgerParser;

namespace Infra.Permissions;

/// <summary>Reads one grant of a ledger (<c>- action: ...</c>) and its <c>required:</c> calls, refusing a bad field with its line and fix.</summary>
internal static partial class LedgerGrantParser
{
    private static readonly string[] GrantKeys = ["action", "date", "evidence", "passed-to-service", "required", "resource", "source", "stacks"];
    private static readonly string[] RequirerKeys = ["by", "from"];

    /// <summary>One entry of <c>grants:</c>, validated; its <c>stacks</c> may name only <paramref name="knownStacks"/> (null: any name).</summary>
    internal static LedgerGrant Read(string display, YamlNode item, IReadOnlyList<string>? knownStacks = null)
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
        var stacks = ReadStacks(display, map, action, knownStacks);
        return new LedgerGrant(action, resource, ScalarOf(display, map, "evidence") ?? string.Empty, date, string.IsNullOrWhiteSpace(source) ? null : source, (int)line, passedTo, required, stacks);
    }

    // The stacks a grant is scoped to: a non-empty list of distinct stack names the project declares. An empty list
    // would grant nothing anywhere, so it is refused rather than read as every stack.
    private static IReadOnlyList<string>? ReadStacks(string display, YamlMappingNode map, string action, IReadOnlyList<string>? knownStacks)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("stacks"), out var node) || IsNull(node))
        {
            return null;
        }

        var example = knownStacks is { Count: > 1 } ? $"stacks: [{string.Join(", ", knownStacks.Skip(1))}]" : "stacks: [sit, prod]";
        if (node is not YamlSequenceNode sequence)
        {
            throw LedgerErrors.Invalid(display, Line(node), "stacks", $"of {action} is not a list", $"write the stacks the grant applies in as a list, e.g. '{example}', or delete the field to grant it in every stack");
        }

        if (sequence.Children.Count == 0)
        {
            throw LedgerErrors.Invalid(display, Line(node), "stacks", $"of {action} lists no stack", "delete the field to grant it in every stack, or delete the grant if no stack needs it");
        }

        var stacks = new List<string>();
        foreach (var entry in sequence.Children)
        {
            if (entry is not YamlScalarNode { Value: { Length: > 0 } name } || IsNull(entry))
            {
                throw LedgerErrors.Invalid(display, Line(entry), "stacks", $"of {action} has an entry that is not a stack name", $"write one name per stack, e.g. '{example}'");
            }

            if (knownStacks is not null && !knownStacks.Contains(name, StringComparer.Ordinal))
            {
                var hint = Infra.Configuration.Suggestions.Closest(name, knownStacks);
                throw LedgerErrors.Invalid(display, Line(entry), "stacks", $"of {action} names the unknown stack '{name}'" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"), $"use only {string.Join(", ", knownStacks)} (the stacks Pulumi.yaml declares, each with its Pulumi.<stack>.yaml)");
            }

            if (stacks.Contains(name, StringComparer.Ordinal))
            {
                throw LedgerErrors.Invalid(display, Line(entry), "stacks", $"of {action} names {name} twice", "name each stack once");
            }

            stacks.Add(name);
        }

        return stacks;
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

    [GeneratedRegex("^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$")]
    private static partial Regex ActionPattern();

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$")]
    private static partial Regex ServicePrincipal();
}
