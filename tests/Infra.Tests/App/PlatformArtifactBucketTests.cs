using Infra.Components;
using Infra.Configuration;
using Infra.Resources.Aws;
using Infra.Synthesis;
using Infra.Tests.Permissions;

namespace Infra.Tests.App;

/// <summary>The artifact bucket each stack's bootstrap root creates.</summary>
public class PlatformArtifactBucketTests
{
    private static readonly Lazy<SynthesisResult> Result = new(() => Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root));

    [TestCase("dev", "2-1-bbws-artifacts-dev-536580886816")]
    [TestCase("sit", "2-1-bbws-artifacts-sit-815856636111")]
    [TestCase("prod", "2-1-bbws-artifacts-prod-093646564004")]
    public void EachStacksBootstrapCreatesTheBucketTheCliComputesFromConfigAlone(string stack, string expected)
    {
        var config = ProjectConfig.Load(RepositoryFiles.Root).Stack(stack);
        var built = Result.Value.Stacks.Single(s => s.Name == stack);
        var bucket = built.Bootstrap.Resources.OfType<SecureBucket>().Single(b => b.Name == "artifacts");

        Assert.That(ArtifactBucket.Name(config), Is.EqualTo(expected), "the name must hold the stack and its account id, like the state bucket's");
        Assert.That(bucket.Bucket.Args.Bucket, Is.EqualTo(ArtifactBucket.Name(config)), "bootstrap must create the bucket the CLI addresses");
        Assert.That(built.Main.Resources.OfType<SecureBucket>().Any(b => b.Name == "artifacts"), Is.False, "the bucket belongs to bootstrap, applied by an administrator");
    }

    [Test]
    public void TheBucketIsEncryptedWithItsOwnKeyAndProtectedLikeTheStateBucket()
    {
        var prod = Result.Value.Stacks.Single(s => s.Name == "prod");
        var config = ProjectConfig.Load(RepositoryFiles.Root).Stack("prod");
        var bucket = prod.Bootstrap.Resources.OfType<SecureBucket>().Single(b => b.Name == "artifacts");
        var state = prod.Bootstrap.Resources.OfType<SecureBucket>().Single(b => b.Name == "state-bucket");
        var key = prod.Bootstrap.Resources.OfType<EncryptionKey>().Single(k => k.Name == "artifact-key");

        Assert.That(key.Alias.Args.Name, Is.EqualTo("alias/" + ArtifactBucket.KeyAlias(config)), "the key's alias must be the one every put names");
        Assert.That(bucket.Bucket.Options.Protect, Is.EqualTo(state.Bucket.Options.Protect).And.True, "prod's artifact bucket must be protected like its state bucket");
    }

    [TestCase(ArtifactBucket.Pinned, 5000, false)]
    [TestCase(ArtifactBucket.Expirable, ArtifactBucket.ExpirableDays - 1, false)]
    [TestCase(ArtifactBucket.Expirable, ArtifactBucket.ExpirableDays, true)]
    public void TheLifecycleExpiresOnlyObjectsTaggedExpirableAfterTheirPeriod(string retention, int ageInDays, bool expires)
    {
        foreach (var stack in Result.Value.Stacks)
        {
            var lifecycle = stack.Bootstrap.Resources.OfType<S3BucketLifecycleConfiguration>().Single(r => r.Name == "artifacts-lifecycle");
            var tags = new Dictionary<string, string> { [ArtifactBucket.RetentionTag] = retention };

            // As S3 applies a lifecycle configuration: a current object expires when an enabled rule whose filter
            // matches it (no filter condition: every object; a tag: that tag's exact value) expires objects of its age.
            var expiringRules = lifecycle.Args.Rules
                .Where(r => r.Status == "Enabled" && Matches(r.Filter, tags))
                .Where(r => r.Expiration?.Any(e => e.Days is { } days && ageInDays >= days) == true)
                .Select(r => r.Id)
                .ToList();

            Assert.That(expiringRules.Count > 0, Is.EqualTo(expires), $"{stack.Name}: a bundle tagged {ArtifactBucket.RetentionTag}={retention}, {ageInDays} days old, {(expires ? "must expire" : "must be kept")}; rules expiring it: [{string.Join(", ", expiringRules)}]");
        }
    }

    private static bool Matches(IReadOnlyList<S3LifecycleFilter>? filters, IReadOnlyDictionary<string, string> tags)
    {
        var filter = filters?.SingleOrDefault();
        if (filter?.Tag is not { Count: > 0 } required)
        {
            Assert.That(filter?.And, Is.Null.Or.Empty, "this simulation reads only empty and single-tag filters");
            return true;
        }

        return required.All(t => tags.TryGetValue(t.Key.ToString()!, out var value) && value == t.Value.ToString());
    }
}
