using System.Globalization;
using System.Text;

namespace Infra.Permissions;

/// <summary>How a grant is written in a ledger: the field order and the quoting every edit uses, so written entries read back unchanged.</summary>
internal static class LedgerEntryFormat
{
    /// <summary>The ledger entry of <paramref name="grant"/> as YAML lines, each starting with <paramref name="indent"/>.</summary>
    internal static string Entry(LedgerGrant grant, string indent = "  ")
    {
        var builder = new StringBuilder();
        builder.Append(indent).Append("- action: ").Append(grant.Action).Append('\n');
        builder.Append(indent).Append("  resource: ").Append(Quote(grant.Resource)).Append('\n');
        if (grant.PassedToService is { } service)
        {
            // Without it the entry would read back as PassRole to any service, a different grant.
            builder.Append(indent).Append("  passed-to-service: ").Append(service).Append('\n');
        }

        if (grant.Stacks is { } stacks)
        {
            // Without it the entry would read back as granted in every stack.
            builder.Append(indent).Append("  stacks: [").Append(string.Join(", ", stacks)).Append("]\n");
        }

        if (grant.IsObserved || !grant.IsRequired)
        {
            builder.Append(indent).Append("  evidence: ").Append(Quote(grant.Evidence)).Append('\n');
        }

        if (grant.IsRequired)
        {
            builder.Append(Required(grant.Required!, indent + "  "));
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
    internal static string Required(IEnumerable<GrantRequirer> required, string indent)
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
}
