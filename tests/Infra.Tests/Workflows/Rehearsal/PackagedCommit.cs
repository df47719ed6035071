using System.IO.Compression;
using System.Security.Cryptography;
using Infra.Configuration;
using Infra.Tests.Permissions;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// What an earlier deploy-dev run left for a commit: its Lambda bundle as that run's artifact, the run found by
/// <c>gh run list --commit</c>, and optionally the successful deployments GitHub recorded.
/// </summary>
internal static class PackagedCommit
{
    /// <summary>The earlier run's id.</summary>
    public const string RunId = "900";

    /// <summary>
    /// Stores the bundle of <paramref name="commit"/> as run 900's artifact (unless <paramref name="artifactExpired"/>:
    /// GitHub deletes artifacts after 90 days) and, as that run's deploy job did, in dev's artifact bucket; returns the
    /// bundle's SHA-256.
    /// </summary>
    public static string Seed(WorkflowRehearsal rehearsal, RehearsalCheckout checkout, string commit, bool artifactExpired = false)
    {
        var folder = Directory.CreateTempSubdirectory("infra-bundle-").FullName;
        try
        {
            var lambda = Path.Combine(folder, "lambda");
            Directory.CreateDirectory(lambda);
            ZipFile.CreateFromDirectory(Path.Combine(checkout.Root, "infra", "Handlers", "order_processor"), Path.Combine(lambda, "order-processor.zip"));
            ZipFile.CreateFromDirectory(Path.Combine(checkout.Root, "infra", "Handlers", "product_api"), Path.Combine(lambda, "product-api.zip"));
            var artifact = Path.Combine(folder, "artifact");
            Directory.CreateDirectory(artifact);
            var bundle = Path.Combine(artifact, "lambda-packages.zip");
            ZipFile.CreateFromDirectory(lambda, bundle);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(bundle)));
            File.WriteAllText(Path.Combine(artifact, "lambda-packages.zip.sha256"), $"{sha256}  .build/artifact/lambda-packages.zip\n");
            if (!artifactExpired)
            {
                rehearsal.SeedArtifact(RunId, $"lambda-packages-{commit}", artifact);
            }

            rehearsal.PackagingRuns[commit] = RunId;
            rehearsal.Cloud.S3.Seed(BucketOf("dev"), BundleKey(commit, sha256), File.ReadAllBytes(bundle));
            return sha256;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Records a successful infra deploy of <paramref name="commit"/> with <paramref name="sha256"/> to each stack named,
    /// with the copy of the bundle its promotion stored in the stack's own bucket.
    /// </summary>
    public static void Deployed(WorkflowRehearsal rehearsal, string commit, string sha256, params string[] stacks)
    {
        foreach (var stack in stacks)
        {
            rehearsal.Cloud.GitHub.SeedOurs(stack, commit, "deploy", sha256, "success");
            if (rehearsal.Cloud.S3.Objects.TryGetValue($"{BucketOf("dev")}/{BundleKey(commit, sha256)}", out var bundle))
            {
                rehearsal.Cloud.S3.Seed(BucketOf(stack), BundleKey(commit, sha256), bundle.Content);
            }
        }
    }

    /// <summary>The artifact bucket of <paramref name="stack"/>, as its bootstrap names it.</summary>
    public static string BucketOf(string stack) =>
        ArtifactBucket.Name(ProjectConfig.Load(RepositoryFiles.Root).Stack(stack));

    /// <summary>Where a bundle lives in a bucket.</summary>
    public static string BundleKey(string commit, string sha256) => ArtifactBucket.BundleKey(commit, sha256);

}
