using System.Text.RegularExpressions;

namespace Infra.Permissions;

/// <summary>
/// The placeholders a ledger resource may carry, so that one ledger serves every stack:
/// <c>${account}</c>, <c>${region}</c>, <c>${stack}</c> and <c>${partition}</c>, and, for what a promotion reads from
/// the stack it promotes from (<see cref="StackLocation"/>), <c>${lower-stack}</c>, <c>${lower-account}</c> and
/// <c>${lower-region}</c>: a grant using those exists only in a stack that has a lower stack and is dropped in the
/// first one. Any other <c>${name.attribute}</c> is a reference to a component output, left for the program to resolve.
/// </summary>
public static partial class LedgerPlaceholders
{
    /// <summary>The placeholder names a ledger resolves itself.</summary>
    public static IReadOnlyList<string> Known { get; } = ["account", "lower-account", "lower-region", "lower-stack", "partition", "region", "stack"];

    /// <summary>True when <paramref name="resource"/> names the lower stack (<c>${lower-stack}</c>, <c>${lower-account}</c> or <c>${lower-region}</c>).</summary>
    public static bool UsesLower(string resource) => resource.Contains("${lower-", StringComparison.Ordinal);

    /// <summary>The AWS partition of a region: <c>aws-cn</c>, <c>aws-us-gov</c> or <c>aws</c>.</summary>
    public static string PartitionOf(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";

    /// <summary>The resource with its placeholders replaced by the stack's values; references stay as they are.</summary>
    public static string Resolve(string resource, string accountId, string region, string stack) =>
        resource
            .Replace("${account}", accountId, StringComparison.Ordinal)
            .Replace("${region}", region, StringComparison.Ordinal)
            .Replace("${stack}", stack, StringComparison.Ordinal)
            .Replace("${partition}", PartitionOf(region), StringComparison.Ordinal);

    /// <summary>
    /// <see cref="Resolve(string, string, string, string)"/>, and the lower stack's placeholders replaced by
    /// <paramref name="lower"/>'s values; a resource using them in a stack without a lower stack is an error of the caller
    /// (<see cref="EvidenceLedger.Resolve(string, string, string, StackLocation?)"/> drops such grants first).
    /// </summary>
    public static string Resolve(string resource, string accountId, string region, string stack, StackLocation? lower)
    {
        if (UsesLower(resource))
        {
            if (lower is null)
            {
                throw new ArgumentException($"'{resource}' names the lower stack, but stack {stack} is promoted from none.", nameof(lower));
            }

            resource = resource
                .Replace("${lower-account}", lower.AccountId, StringComparison.Ordinal)
                .Replace("${lower-region}", lower.Region, StringComparison.Ordinal)
                .Replace("${lower-stack}", lower.Stack, StringComparison.Ordinal);
        }

        return Resolve(resource, accountId, region, stack);
    }

    /// <summary>
    /// The inverse of <see cref="Resolve(string, string, string, string)"/>: a concrete ARN seen in an error, with the stack's account, region and
    /// stack name turned back into placeholders (the partition stays literal: it reads better and every stack of
    /// this project is in the same one). The stack name is replaced only where it ends a
    /// name segment (<c>-dev</c>), so that a word containing it is left alone. (<c>$$</c> is a literal dollar in a
    /// regex replacement.)
    /// </summary>
    public static string Abstract(string resource, string accountId, string region, string stack)
    {
        var parts = resource.Split(':');
        if (parts.Length >= 6 && parts[0] == "arn")
        {
            parts[3] = parts[3] == region ? "${region}" : parts[3];
            parts[4] = parts[4] == accountId ? "${account}" : parts[4];
            resource = string.Join(':', parts);
        }

        // An ARN inside an ARN is URL-encoded (API Gateway's /tags/arn%3Aaws%3A...): ':' is %3A and '/' is %2F there.
        resource = resource.Replace(accountId, "${account}", StringComparison.Ordinal)
            .Replace($"%3A{region}%3A", "%3A${region}%3A", StringComparison.Ordinal);
        return Regex.Replace(resource, $@"(?<=[-_/.]|%2F){Regex.Escape(stack)}(?=$|[-_/.:]|%2F|%3A)", "$${stack}");
    }

    /// <summary>
    /// <see cref="Abstract(string, string, string, string)"/>, and first, for a resource in <paramref name="lower"/>'s
    /// account (its id appears in it), that account, its region and its stack name turned into <c>${lower-account}</c>,
    /// <c>${lower-region}</c> and <c>${lower-stack}</c>: a promotion's read of the bucket below is written once for every
    /// promoted stack.
    /// </summary>
    public static string Abstract(string resource, string accountId, string region, string stack, StackLocation? lower)
    {
        if (lower is not null && lower.AccountId != accountId && resource.Contains(lower.AccountId, StringComparison.Ordinal))
        {
            var parts = resource.Split(':');
            if (parts.Length >= 6 && parts[0] == "arn" && parts[4] == lower.AccountId)
            {
                parts[3] = parts[3] == lower.Region ? "${lower-region}" : parts[3];
                parts[4] = "${lower-account}";
                resource = string.Join(':', parts);
            }

            resource = resource.Replace(lower.AccountId, "${lower-account}", StringComparison.Ordinal);
            resource = Regex.Replace(resource, $@"(?<=[-_/.]){Regex.Escape(lower.Stack)}(?=$|[-_/.:])", "$${lower-stack}");
        }

        return Abstract(resource, accountId, region, stack);
    }

    /// <summary>The placeholder names used in <paramref name="resource"/> that are neither known nor references.</summary>
    public static IEnumerable<string> Unknown(string resource) =>
        PlaceholderPattern().Matches(resource)
            .Select(m => m.Groups[1].Value)
            .Where(name => !Known.Contains(name) && !name.Contains('.', StringComparison.Ordinal));

    /// <summary>True when <paramref name="resource"/> names a literal 12-digit account id.</summary>
    public static bool HasLiteralAccountId(string resource) => AccountIdPattern().IsMatch(resource);

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<![0-9])[0-9]{12}(?![0-9])")]
    private static partial Regex AccountIdPattern();
}
