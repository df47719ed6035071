namespace Infra.Configuration;

/// <summary>
/// Where a stack's account keeps its build artifacts: one bucket per account, created by the stack's bootstrap root,
/// whose name and key follow from the stack's config alone, so the CLI, the workflows and the permission declarations
/// need no bootstrap output. Names follow the platform's convention (<c>&lt;prefix&gt;-&lt;purpose&gt;-&lt;stack&gt;</c>).
/// Layout: <c>bundles/&lt;commit&gt;/&lt;sha256&gt;.zip</c> for Lambda bundles, <c>plans/&lt;stack&gt;/...</c> for saved plans.
/// </summary>
public static class ArtifactBucket
{
    /// <summary>The tag the bucket's lifecycle reads: objects tagged <see cref="Expirable"/> expire, <see cref="Pinned"/> ones never do.</summary>
    public const string RetentionTag = "retention";

    /// <summary>The retention of an object no deployment needs (any more).</summary>
    public const string Expirable = "expirable";

    /// <summary>The retention of a bundle a stack runs or would roll back to.</summary>
    public const string Pinned = "pinned";

    /// <summary>The tag set that gives an object <paramref name="retention"/> (<see cref="Expirable"/> or <see cref="Pinned"/>).</summary>
    public static Dictionary<string, string> RetentionTags(string retention) => new(StringComparer.Ordinal) { [RetentionTag] = retention };

    /// <summary>Days after which an expirable object expires.</summary>
    public const int ExpirableDays = 90;

    /// <summary>Days a replaced (noncurrent) version is kept before it expires.</summary>
    public const int NoncurrentDays = 30;

    /// <summary>The folder of every Lambda bundle.</summary>
    public const string BundlePrefix = "bundles/";

    /// <summary>The folder of every saved plan (<c>plans/&lt;stack&gt;/...</c>), which no stack reads.</summary>
    public const string PlanPrefix = "plans/";

    /// <summary>The bucket's name, <c>&lt;prefix&gt;-artifacts-&lt;stack&gt;-&lt;account id&gt;</c> like the state bucket's.</summary>
    public static string Name(StackConfig config) => KeyAlias(config) + "-" + config.AccountId;

    /// <summary>The alias (without <c>alias/</c>) of the key that encrypts the bucket.</summary>
    public static string KeyAlias(StackConfig config) => $"{config.Require("namePrefix")}-artifacts-{config.StackName}";

    /// <summary>The ARN of <see cref="KeyAlias"/>: what every put names as its SSE-KMS key.</summary>
    public static string KeyAliasArn(StackConfig config) => $"arn:aws:kms:{config.Region}:{config.AccountId}:alias/{KeyAlias(config)}";

    /// <summary>The key of the Lambda bundle of <paramref name="commit"/> with SHA-256 <paramref name="sha256"/>.</summary>
    public static string BundleKey(string commit, string sha256)
    {
        if (!IsHex(commit, 7, 64))
        {
            throw new InfraException($"--commit '{commit}': not a commit id; pass the full hexadecimal commit SHA.", ExitCodes.BadInput);
        }

        if (!IsHex(sha256, 64, 64))
        {
            throw new InfraException($"--sha256 '{sha256}': not a SHA-256; pass the 64 hexadecimal digits of the bundle's SHA-256 (its .sha256 file or the deployment record's artifactSha256).", ExitCodes.BadInput);
        }

        return $"{BundlePrefix}{commit.ToLowerInvariant()}/{sha256.ToLowerInvariant()}.zip";
    }

    private static bool IsHex(string text, int min, int max) =>
        text.Length >= min && text.Length <= max && text.All(char.IsAsciiHexDigit);
}
