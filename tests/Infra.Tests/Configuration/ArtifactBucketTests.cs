using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Tests.Permissions;

namespace Infra.Tests.Configuration;

public class ArtifactBucketTests
{
    [TestCase("dev")]
    [TestCase("prod")]
    public void TheBucketAndKeyNamesFollowThePlatformsNamingConvention(string stack)
    {
        var config = ProjectConfig.Load(RepositoryFiles.Root).Stack(stack);
        var naming = new Naming(new Stack(config));

        Assert.That(ArtifactBucket.KeyAlias(config), Is.EqualTo(naming.For("artifacts")), "the key alias must follow the naming convention");
        Assert.That(ArtifactBucket.Name(config), Is.EqualTo(naming.For("artifacts") + "-" + config.AccountId), "the bucket name must follow the state bucket's convention");
    }

    [TestCase("abc", "0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("0123456789abcdef0123456789abcdef01234567", "00")]
    [TestCase("0123456789abcdef0123456789abcdef0123456g", "0000000000000000000000000000000000000000000000000000000000000000")]
    public void ABundleKeyRefusesWhatIsNotACommitAndASha256(string commit, string sha256)
    {
        var error = Assert.Throws<InfraException>(() => ArtifactBucket.BundleKey(commit, sha256));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a malformed commit or hash is bad input");
    }

    [Test]
    public void ABundleIsAddressedByItsCommitAndItsSha256InLowerCase() =>
        Assert.That(ArtifactBucket.BundleKey("0123456789ABCDEF0123456789abcdef01234567", new string('A', 64)),
            Is.EqualTo($"bundles/0123456789abcdef0123456789abcdef01234567/{new string('a', 64)}.zip"), "a bundle's key must not depend on how its hashes were spelled");
}
