using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.App;

/// <summary>
/// What a stack's artifact bucket and key grant the stack promoted from it (Pulumi.yaml's promotion order: dev grants
/// sit, sit grants prod, the last stack grants nothing). A promotion reads the bundle it promotes from the bucket below
/// with the promoted stack's own roles, its deploy role (<c>artifacts copy-from-lower</c> in the apply job) and its
/// promotion plan role (<c>artifacts fetch</c> in the plan job), across accounts; AWS allows a cross-account request
/// only when the caller's identity policy and the resource's policy both allow it, so the bucket policy and the key
/// policy here must admit those two roles, for bundles only (never <c>plans/</c>) and for reading only.
/// </summary>
public static class PromotionReads
{
    /// <summary>The logical roles of the next stack that read this stack's bundles, in ordinal order.</summary>
    public static IReadOnlyList<string> ReaderRoles { get; } = [CiRoleCalls.DeployRole, PlatformProgram.PromotePlanRole];

    /// <summary>The S3 calls a read of a bundle makes (<c>S3ArtifactStore.GetAsync</c>: one GET of the object, no HEAD, no listing).</summary>
    public static IReadOnlyList<string> BucketActions { get; } = ["s3:GetObject"];

    /// <summary>The config of the stack promoted from <paramref name="config"/>'s stack (<see cref="StackConfig.Sibling"/>); null for the last stack.</summary>
    public static StackConfig? Next(StackConfig config) =>
        config.ProjectFile.PromotesTo(config.StackName) is { } next ? config.Sibling(next) : null;

    /// <summary>The ARNs of <paramref name="next"/>'s roles that read the bundles (<see cref="ReaderRoles"/>), in ordinal order.</summary>
    public static IReadOnlyList<string> ReaderArns(StackConfig next) =>
        [.. ReaderRoles.Select(r => $"arn:aws:iam::{next.AccountId}:role/{RoleNames.PerStack(next, r)}").Order(StringComparer.Ordinal)];

    /// <summary>The artifact bucket policy statement of <paramref name="config"/>'s stack that lets <paramref name="next"/>'s readers get its bundles.</summary>
    public static PolicyStatement BucketStatement(StackConfig config, StackConfig next) => new()
    {
        Sid = "NextStackReadsBundles",
        Actions = BucketActions,
        Resources = [$"arn:aws:s3:::{ArtifactBucket.Name(config)}/{ArtifactBucket.BundlePrefix}*"],
        Principals = NextAccount(next),
        Conditions = [ReadersOnly(next)],
        Reason = $"A promotion to {next.StackName} reads the bundle it promotes from this bucket with {next.StackName}'s deploy and promotion plan roles (another account): only those two roles, only bundles, only GetObject.",
    };

    /// <summary>The artifact key policy statement of <paramref name="config"/>'s stack that lets <paramref name="next"/>'s readers decrypt bundles through S3.</summary>
    public static PolicyStatement KeyStatement(StackConfig config, StackConfig next)
    {
        var bucketArn = $"arn:aws:s3:::{ArtifactBucket.Name(config)}";
        return new PolicyStatement
        {
            Sid = "NextStackDecryptsBundlesThroughS3",
            Actions = ["kms:Decrypt"],
            Resources = ["*"],
            Principals = NextAccount(next),
            Conditions =
            [
                ReadersOnly(next),
                new PolicyCondition("StringEquals", "kms:ViaService", [$"s3.{config.Region}.amazonaws.com"]),

                // S3 names the bucket as the encryption context when the bucket key is on (as SecureBucket sets it), the
                // object when it is not: either way only objects of this bucket's bundles folder, or its bucket key.
                new PolicyCondition("StringLike", "kms:EncryptionContext:aws:s3:arn", [bucketArn, $"{bucketArn}/{ArtifactBucket.BundlePrefix}*"]),
            ],
            Reason = $"S3 decrypts a bundle for {next.StackName}'s deploy and promotion plan roles (another account) only when this key's policy allows them: only through S3 in {config.Region}, only for this bucket.",
        };
    }

    // The account root with the roles as a condition, not the role ARNs as principals: a policy naming a role that does
    // not exist yet (the next stack's bootstrap applied later) is refused by S3 and KMS, and a role deleted and created
    // again would no longer match the principal stored by its unique id.
    private static Dictionary<string, IReadOnlyList<Input<string>>> NextAccount(StackConfig next) =>
        new() { ["AWS"] = [$"arn:aws:iam::{next.AccountId}:root"] };

    private static PolicyCondition ReadersOnly(StackConfig next) => new("ArnEquals", "aws:PrincipalArn", ReaderArns(next));
}
