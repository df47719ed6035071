using Infra.Cli;
using Infra.Cli.Commands;

namespace Infra.Tests.Cli;

/// <summary>
/// The surface of <c>infra artifacts</c> that workflows and people call: each sub-verb, its options in help order and
/// which are required. How the verbs are built may change; what a caller types may not.
/// </summary>
public class ArtifactsCommandSurfaceTests
{
    [Test]
    public void EachSubVerbKeepsItsOptionsInOrderAndWhichAreRequired()
    {
        var artifacts = ArtifactsCommand.Create(new CliContext(Testing.TestApp.Platform, TextWriter.Null, TextWriter.Null, Testing.TestClock.On()));

        var surface = artifacts.Subcommands.Select(verb => $"{verb.Name}: {string.Join(" ", verb.Options.Select(o => o.Required ? o.Name + "!" : o.Name))}");

        Assert.That(surface, Is.EqualTo(new[]
        {
            "put: --stack! --key! --file! --root",
            "get: --stack! --key! --out! --sha256 --root",
            "upload: --stack! --commit! --file! --root",
            "fetch: --stack! --commit! --sha256! --out! --root",
            "copy-from-lower: --stack! --commit! --sha256! --out! --root",
            "pin: --stack! --commit! --sha256! --root",
        }), "a sub-verb's options changed: workflows and README call these exact options");
    }

    [Test]
    public void EachSubVerbKeepsItsDescriptionAndOptionHelp()
    {
        var artifacts = ArtifactsCommand.Create(new CliContext(Testing.TestApp.Platform, TextWriter.Null, TextWriter.Null, Testing.TestClock.On()));

        var help = artifacts.Subcommands.SelectMany(verb => verb.Options.Select(o => $"{verb.Name} {o.Name}: {o.Description}").Prepend($"{verb.Name}: {verb.Description}")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(help, Has.Member("get --sha256: The SHA-256 the object must have; without it, any content is accepted."), "get's own --sha256 is optional and says so");
            Assert.That(help, Has.Member("fetch --sha256: The bundle's SHA-256 (its .sha256 file, or the deployment record's artifactSha256)."), "the bundle verbs' --sha256 names where the digest comes from");
            Assert.That(help, Has.Member("upload --file: The Lambda bundle (lambda-packages.zip)."), "upload's --file is the bundle");
            Assert.That(help, Has.Member("put --file: The file to store."), "put's --file is any file");
            Assert.That(help, Has.Member("pin: Tags a deployed commit's bundle retention=pinned in the stack's artifact bucket, so that the bucket's lifecycle never expires it, and retags expirable the bundles of the stack's older deployments (all but the two newest successful ones; reads the deployment records, GITHUB_TOKEN)."), "pin's description");
            Assert.That(help.Count(h => h.EndsWith("--root: The repository folder (holding Pulumi.yaml). Default: the nearest one above the current folder.", StringComparison.Ordinal)), Is.EqualTo(6), "every sub-verb takes the common --root");
        });
    }
}
