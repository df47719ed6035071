using Infra.Configuration;

namespace Infra.Permissions;

/// <summary>
/// Which (action, resource) grants change nothing, for the roles that only plan and detect drift. The catalog's
/// List and Read access levels change nothing; everything else (Write, Permissions management, Tagging) may, except
/// the few calls listed in <see cref="Exceptions"/> that a plan must make and that change no resource.
/// </summary>
/// <remarks>
/// No Read-level action is treated as a change: the ones that look risky for a read-only role (reading a secret,
/// starting a log query) reveal data but alter no resource, and what a role may read is the ledgers' concern.
/// </remarks>
public sealed class ReadOnlyActions
{
    private const string TerraformLockSuffix = ".tflock";
    private const string PulumiLocksFolder = ".pulumi/locks/";
    private const int ShownChanges = 5;

    private static readonly Allowance[] Excepted =
    [
        new("kms:Decrypt", "decrypts for the caller and changes no key and no data; a plan needs it to read the encrypted state and the functions' encrypted environment", null, (_, _) => true),
        new("kms:GenerateDataKey", "returns a new data key to the caller and changes no key and no data; a promotion's plan job needs it to store its saved plan encrypted with the artifact bucket's key (SSE-KMS)", null, (_, _) => true),
        new("s3:PutObject", "Terraform's S3 backend (use_lockfile) and Pulumi's S3 backend take the state lock by writing a lock object; a plan that takes the lock writes nothing else", "a state lock object", (_, resource) => IsLockObject(resource)),
        new("s3:PutObject", "a promotion's plan job stores its saved plan under the artifact bucket's plans/ folder, which no stack reads: it changes nothing deployed", "a saved plan under an artifact bucket's plans/ folder", (judge, resource) => judge.IsSavedPlanObject(resource)),
        new("s3:PutObjectTagging", "the saved plan is stored with its retention tag (the put's x-amz-tagging header, which S3 authorizes as PutObjectTagging), on the saved plan only", "a saved plan under an artifact bucket's plans/ folder", (judge, resource) => judge.IsSavedPlanObject(resource)),
        new("s3:DeleteObject", "releasing the state lock deletes the lock object a plan wrote; nothing else is deleted", "a state lock object", (_, resource) => IsLockObject(resource)),
        new("dynamodb:PutItem", "Terraform's DynamoDB locking takes the state lock by writing an item to the lock table, which holds nothing else", "the state lock table", (judge, resource) => judge.lockTables.Contains(resource)),
        new("dynamodb:DeleteItem", "releasing the DynamoDB state lock deletes the item a plan wrote", "the state lock table", (judge, resource) => judge.lockTables.Contains(resource)),
    ];

    private readonly IamCatalog catalog;
    private readonly HashSet<string> lockTables;
    private readonly IReadOnlyList<string> savedPlanBuckets;

    /// <summary>A judge of grants against <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The IAM catalog, for access levels and for expanding wildcard actions.</param>
    /// <param name="lockTableArns">The ARNs of the state backend's DynamoDB lock tables, compared exactly (a wildcard table ARN is not a lock table).</param>
    /// <param name="artifactBuckets">The names of the artifact buckets whose <c>plans/</c> folder holds saved plans.</param>
    public ReadOnlyActions(IamCatalog catalog, IEnumerable<string> lockTableArns, IEnumerable<string>? artifactBuckets = null)
    {
        this.catalog = catalog;
        lockTables = new HashSet<string>(lockTableArns, StringComparer.Ordinal);
        savedPlanBuckets = [.. artifactBuckets ?? []];
    }

    /// <summary>The actions read-only despite their access level (on the resources each names), each with why it changes nothing.</summary>
    public static IReadOnlyDictionary<string, string> Exceptions { get; } =
        Excepted.GroupBy(e => e.Action, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(e => e.Reason)), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Null when granting <paramref name="action"/> on <paramref name="resource"/> changes nothing; otherwise why it
    /// may change a resource. A wildcard action is read-only only when every action it grants is; an action the catalog
    /// does not know cannot be vouched for.
    /// </summary>
    public string? WhyNotReadOnly(string action, string resource)
    {
        action = action.Trim();
        resource = resource.Trim();
        if (!IamCatalog.IsWildcard(action))
        {
            return catalog.Find(action) is { } entry
                ? Judge(entry, resource)
                : $"{action}: is not in the IAM catalog, so it cannot be shown to change nothing";
        }

        var expanded = catalog.Expand(action);
        if (expanded.Count == 0)
        {
            return $"{action}: matches no action in the IAM catalog, so it cannot be shown to change nothing";
        }

        var changes = expanded.Select(a => (a.Action, Why: Judge(a, resource))).Where(c => c.Why is not null).ToList();
        if (changes.Count == 0)
        {
            return null;
        }

        var shown = string.Join("; ", changes.Take(ShownChanges).Select(c => c.Why));
        return $"{action}: grants {changes.Count} of its {expanded.Count} actions that may change a resource: {shown}" + (changes.Count > ShownChanges ? "; ..." : string.Empty);
    }

    private string? Judge(CatalogAction entry, string resource)
    {
        if (entry.AccessLevel is "List" or "Read")
        {
            return null;
        }

        var allowances = Excepted.Where(e => string.Equals(e.Action, entry.Action, StringComparison.OrdinalIgnoreCase)).ToList();
        if (allowances.Count == 0)
        {
            return $"{entry.Action} is {entry.AccessLevel} in the IAM catalog and may change a resource";
        }

        return allowances.Any(a => a.Applies(this, resource))
            ? null
            : $"{entry.Action} is {entry.AccessLevel} in the IAM catalog; it is read-only only on {string.Join(" or ", allowances.Select(a => a.Where))}, not on {resource}";
    }

    /// <summary>
    /// True when every S3 object <paramref name="resource"/> can name lies under the <c>plans/</c> folder of an artifact
    /// bucket: the resource starts with that literal folder (bucket names hold no wildcard), so no wildcard reaches outside it.
    /// </summary>
    private bool IsSavedPlanObject(string resource) =>
        savedPlanBuckets.Any(bucket => resource.StartsWith($"arn:aws:s3:::{bucket}/{ArtifactBucket.PlanPrefix}", StringComparison.Ordinal));

    /// <summary>True when every S3 object <paramref name="resource"/> can name is a Terraform or Pulumi lock file.</summary>
    private static bool IsLockObject(string resource)
    {
        // arn:partition:s3:::bucket/key; the service must be s3 itself, not a pattern that may be some other service.
        var parts = resource.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "s3")
        {
            return false;
        }

        var slash = parts[5].IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return false;
        }

        var key = parts[5][(slash + 1)..];

        // The suffix is literal (a pattern ending in '*' or '?' fails this), so every key the pattern matches ends in it.
        if (key.EndsWith(TerraformLockSuffix, StringComparison.Ordinal))
        {
            return true;
        }

        // The locks folder counts only at the start of the key or right after a literal '/', so no match escapes it.
        return key.StartsWith(PulumiLocksFolder, StringComparison.Ordinal) || key.Contains("/" + PulumiLocksFolder, StringComparison.Ordinal);
    }

    private sealed record Allowance(string Action, string Reason, string? Where, Func<ReadOnlyActions, string, bool> Applies);
}
