using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Synthesis;
using Infra.Tests.Testing;

namespace Infra.Tests.Synthesis;

public class LockFileCheckTests
{
    private static readonly Lazy<IReadOnlyList<StackRoot>> Roots = new(() => [.. Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root).Stacks.SelectMany(s => s.Roots)]);

    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("infra-lockfiles-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void TheCommittedRootsLockFilesAgreeWithThePins()
    {
        var problems = LockFileCheck.Problems(RepositoryFiles.Root, Roots.Value);

        Assert.That(problems, Is.Empty, "the committed lock files disagree with the pins:\n" + string.Join("\n", problems));
    }

    [Test]
    public void NoRootWithALockFileIsConsistent()
    {
        Assert.That(LockFileCheck.Problems(folder, Roots.Value), Is.Empty, "no lock file anywhere is the same for every root");
    }

    [Test]
    public void EveryRootLockedAtThePinsIsConsistent()
    {
        foreach (var root in Roots.Value)
        {
            Write(root, Lock(Pins(root)));
        }

        var problems = LockFileCheck.Problems(folder, Roots.Value);

        Assert.That(problems, Is.Empty, "every root locked at exactly the pinned versions must pass:\n" + string.Join("\n", problems));
    }

    [Test]
    public void OneRootWithALockFileFailsNamingEveryRootWithoutOne()
    {
        var locked = Roots.Value[0];
        Write(locked, Lock(Pins(locked)));

        var problems = LockFileCheck.Problems(folder, Roots.Value);

        Assert.That(problems, Has.Count.EqualTo(1), "one problem: the roots differ in having a lock file");
        foreach (var root in Roots.Value.Skip(1))
        {
            Assert.That(problems[0], Does.Contain(PathOf(root)), $"the problem must name {PathOf(root)}, which has no lock file");
        }

        Assert.That(problems[0], Does.Not.Contain(PathOf(locked)), "the root that has its lock file is not missing");
    }

    [Test]
    public void ALockFileAtAnotherVersionThanThePinFailsNamingTheFileAndBothVersions()
    {
        foreach (var root in Roots.Value)
        {
            Write(root, Lock(Pins(root)));
        }

        var broken = Roots.Value.First(r => r.Kind == RootKind.Main);
        var aws = EngineVersions.Provider("aws");
        Write(broken, Lock(Pins(broken), version: p => p.Package == "aws" ? "6.24.0" : p.TerraformVersion));

        var problems = LockFileCheck.Problems(folder, Roots.Value);

        Assert.That(problems, Has.Count.EqualTo(1).And.One.Contains(PathOf(broken)).And.One.Contains("\"6.24.0\"").And.One.Contains(aws.TerraformVersion), "the lock file's version differs from the pin");
    }

    [Test]
    public void ALockFileWithoutAProviderItsRootRequiresFails()
    {
        foreach (var root in Roots.Value)
        {
            Write(root, Lock(Pins(root)));
        }

        var bootstrap = Roots.Value.First(r => r.Kind == RootKind.Bootstrap);
        Write(bootstrap, Lock(Pins(bootstrap).Where(p => p.Package != "github")));

        var problems = LockFileCheck.Problems(folder, Roots.Value);

        Assert.That(problems, Has.Count.EqualTo(1).And.One.Contains(PathOf(bootstrap)).And.One.Contains("registry.terraform.io/integrations/github"), "a bootstrap root's lock file must lock the github provider it requires");
    }

    [Test]
    public void ALockFileWithAProviderItsRootDoesNotRequireFails()
    {
        foreach (var root in Roots.Value)
        {
            Write(root, Lock(Pins(root)));
        }

        var main = Roots.Value.First(r => r.Kind == RootKind.Main);
        Write(main, Lock(Pins(main).Append(EngineVersions.Provider("random"))));

        var problems = LockFileCheck.Problems(folder, Roots.Value);

        Assert.That(problems, Has.Count.EqualTo(1).And.One.Contains("registry.terraform.io/hashicorp/random").And.One.Contains("does not require"), "a stale entry must be reported");
    }

    [Test]
    public void ALockFileWithoutHashesFails()
    {
        foreach (var root in Roots.Value)
        {
            Write(root, Lock(Pins(root), hashes: false));
        }

        var problems = LockFileCheck.Problems(folder, Roots.Value);

        Assert.That(problems, Has.Count.EqualTo(Roots.Value.Sum(r => Pins(r).Count)).And.All.Contains("no hashes"), "a provider without hashes is verified by nothing");
    }

    private static List<ProviderPin> Pins(StackRoot root) => [.. root.Providers.Select(p => EngineVersions.Provider(p.Package)).Distinct()];

    private static string PathOf(StackRoot root) => TerraformJsonEmitter.DirectoryOf(root).Combine(LockFileCheck.FileName).Value;

    // The layout 'terraform providers lock' writes.
    private static string Lock(IEnumerable<ProviderPin> pins, Func<ProviderPin, string>? version = null, bool hashes = true) =>
        "# This file is maintained automatically by \"terraform init\".\n# Manual edits may be lost in future updates.\n" +
        string.Concat(pins.OrderBy(p => p.LockAddress, StringComparer.Ordinal).Select(p =>
            $"\nprovider \"{p.LockAddress}\" {{\n  version     = \"{(version ?? (x => x.TerraformVersion))(p)}\"\n  constraints = \"{p.TerraformVersion}\"\n" +
            (hashes ? "  hashes = [\n    \"h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\",\n    \"zh:0000000000000000000000000000000000000000000000000000000000000000\",\n  ]\n" : string.Empty) +
            "}\n"));

    private void Write(StackRoot root, string text)
    {
        var path = Path.Combine(folder, PathOf(root));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
