using Infra.Components;
using Infra.Configuration;
using Infra.Synthesis;
using Infra.Tests.Permissions;

namespace Infra.Tests.Platform;

/// <summary>The artifact bucket each stack's bootstrap root creates.</summary>
public class PlatformArtifactBucketTests
{
    private static readonly Lazy<SynthesisResult> Result = new(() => Synthesizer.Run(RepositoryFiles.Root));

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
}
