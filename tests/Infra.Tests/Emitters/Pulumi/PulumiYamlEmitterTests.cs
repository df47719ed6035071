using Infra.Emitters.Pulumi;
using Infra.Model;
using YamlDotNet.RepresentationModel;
using static Infra.Tests.Emitters.Pulumi.PulumiProgramFiles;

namespace Infra.Tests.Emitters.Pulumi;

public class PulumiYamlEmitterTests
{
    private static IEnumerable<StackRoot> AllRoots => Roots;

    [TestCaseSource(nameof(AllRoots))]
    public void EmitWritesProjectAndProgramIntoTheRootsPulumiFolder(StackRoot root)
    {
        var paths = new PulumiYamlEmitter().Emit(root).Select(f => f.Path.Value).ToList();

        var folder = root.Kind == RootKind.Main ? $"stacks/{root.Stack.Name}/pulumi" : $"stacks/{root.Stack.Name}/bootstrap/pulumi";
        Assert.That(paths, Is.EqualTo(new[] { $"{folder}/Pulumi.yaml", $"{folder}/Main.yaml" }), "each root should get exactly a Pulumi.yaml and a Main.yaml in its pulumi folder");
    }

    [TestCaseSource(nameof(AllRoots))]
    public void ProgramPinsEveryResourceAndProviderToItsPackagesPluginVersion(StackRoot root)
    {
        var resources = ProgramResources(root);

        Assert.Multiple(() =>
        {
            foreach (var (name, node) in resources)
            {
                var resource = (YamlMappingNode)node;
                var type = ((YamlScalarNode)resource["type"]).Value!;
                var package = type.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? type["pulumi:providers:".Length..] : type.Split(':')[0];
                var options = resource.Children.TryGetValue(new YamlScalarNode("options"), out var o) ? (YamlMappingNode)o : null;
                var version = options is not null && options.Children.TryGetValue(new YamlScalarNode("version"), out var v) ? ((YamlScalarNode)v).Value : null;
                Assert.That(version, Is.EqualTo(EngineVersions.Provider(package).PulumiVersion), $"{root.Name}: resource '{name}' ({type}) must ask for the pinned {package} plugin, or Pulumi installs whatever is latest");
            }
        });
    }

    [TestCaseSource(nameof(AllRoots))]
    public void ProjectFilePointsStackConfigDirAtTheRepositoryRootHoldingTheStacksConfig(StackRoot root)
    {
        var project = Parse(Content(root, PulumiYamlEmitter.ProjectFileName));
        var configDir = Path.GetFullPath(Path.Combine(PulumiYamlEmitter.DirectoryOf(root).Under(RepositoryRoot), ((YamlScalarNode)project["stackConfigDir"]).Value!));

        Assert.Multiple(() =>
        {
            Assert.That(configDir, Is.EqualTo(Path.GetFullPath(RepositoryRoot)), "stackConfigDir should resolve to the repository root");
            Assert.That(File.Exists(Path.Combine(configDir, $"Pulumi.{root.Stack.Name}.yaml")), Is.True, "the stack's config file should exist where stackConfigDir points");
            Assert.That(((YamlScalarNode)project["runtime"]).Value, Is.EqualTo("yaml"), "the program is a Pulumi YAML program");
        });
    }

    [TestCaseSource(nameof(AllRoots))]
    public void ProjectFileNamesTheBootstrapProgramApartFromTheMainOne(StackRoot root)
    {
        var name = ((YamlScalarNode)Parse(Content(root, PulumiYamlEmitter.ProjectFileName))["name"]).Value;

        var expected = root.Kind == RootKind.Main ? root.Stack.Project : root.Stack.Project + "-bootstrap";
        Assert.That(name, Is.EqualTo(expected), "the bootstrap program must be its own project so that it never shares a stack's state with the main program");
    }

    [TestCaseSource(nameof(AllRoots))]
    public void ProjectFileDisablesDefaultProviders(StackRoot root)
    {
        var config = (YamlMappingNode)Parse(Content(root, PulumiYamlEmitter.ProjectFileName))["config"];
        var value = (YamlSequenceNode)((YamlMappingNode)config["pulumi:disable-default-providers"])["value"];

        Assert.That(value.Children.Select(n => ((YamlScalarNode)n).Value), Is.EqualTo(new[] { "*" }), "a resource without an explicit provider must fail, not use ambient credentials");
    }

    [TestCaseSource(nameof(AllRoots))]
    public void ProgramGivesEveryResourceAnExplicitProviderWithTheStacksAccountAndRegion(StackRoot root)
    {
        var resources = ProgramResources(root);
        var provider = (YamlMappingNode)resources["aws"];
        var properties = (YamlMappingNode)provider["properties"];
        var missing = resources.Children
            .Where(r => ((YamlScalarNode)((YamlMappingNode)r.Value)["type"]).Value!.StartsWith("pulumi:providers:", StringComparison.Ordinal) is false)
            .Where(r => !((YamlMappingNode)((YamlMappingNode)r.Value)["options"]).Children.TryGetValue(new YamlScalarNode("provider"), out var p) || ((YamlScalarNode)p).Value != "${" + PackageOf(r.Value) + "}")
            .Select(r => ((YamlScalarNode)r.Key).Value)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(((YamlScalarNode)provider["type"]).Value, Is.EqualTo("pulumi:providers:aws"), "the aws provider should be an explicit provider resource");
            Assert.That(((YamlScalarNode)properties["region"]).Value, Is.EqualTo(root.Stack.Region), "the provider should target the stack's region");
            Assert.That(((YamlSequenceNode)properties["allowedAccountIds"]).Children.Select(n => ((YamlScalarNode)n).Value), Is.EqualTo(new[] { root.Stack.AccountId }), "the provider should accept only the stack's account");
            Assert.That(missing, Is.Empty, "these resources do not use the explicit provider");
        });
    }

    [TestCaseSource(nameof(AllRoots))]
    public void EmitIsDeterministic(StackRoot root)
    {
        var first = new PulumiYamlEmitter().Emit(root);
        var second = new PulumiYamlEmitter().Emit(root);

        Assert.Multiple(() =>
        {
            Assert.That(second.Select(f => f.Content), Is.EqualTo(first.Select(f => f.Content)), "two emits of the same root should give the same bytes");
            foreach (var file in first)
            {
                Assert.That(file.Content, Does.Not.Contain("\r"), $"{file.Path} should use LF line ends");
                Assert.That(file.Content, Does.EndWith("\n").And.Not.EndWith("\n\n"), $"{file.Path} should end with exactly one newline");
                Assert.That(file.Content, Does.StartWith("# Generated by 'infra synth'"), $"{file.Path} should say that it is generated");
            }
        });
    }

    [Test]
    public void CommittedProgramsMatchAFreshSynth()
    {
        var stale = Result.Files
            .Where(f => f.Path.Value.Contains("/pulumi/", StringComparison.Ordinal))
            .Where(f => !File.Exists(f.Path.Under(RepositoryRoot)) || File.ReadAllText(f.Path.Under(RepositoryRoot)) != f.Content)
            .Select(f => f.Path.Value)
            .ToList();

        Assert.That(stale, Is.Empty, "these committed Pulumi files differ from a fresh synth: run 'dotnet run --project infra/Infra.Cli -- synth' and commit stacks/");
    }

    [Test]
    public void ProtectedResourcesInProdAreProtectedAndRetainedOnDelete()
    {
        var prod = Result.Stacks.Single(s => s.Name == "prod");
        var protectedResources = prod.Roots.SelectMany(r => r.CustomResources).Where(r => r.Options.Protect).ToList();
        var unprotected = prod.Roots
            .SelectMany(root => root.CustomResources.Where(r => r.Options.Protect).Select(r => (Name: r.Name, Options: (YamlMappingNode)((YamlMappingNode)ProgramResources(root)[r.Name])["options"])))
            .Where(r => !IsTrue(r.Options, "protect") || !IsTrue(r.Options, "retainOnDelete"))
            .Select(r => r.Name)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(protectedResources, Is.Not.Empty, "prod should have protected stateful resources");
            Assert.That(unprotected, Is.Empty, "these protected prod resources lack 'protect: true' or 'retainOnDelete: true'");
        });
    }

    private static bool IsTrue(YamlMappingNode options, string key) =>
        options.Children.TryGetValue(new YamlScalarNode(key), out var value) && ((YamlScalarNode)value).Value == "true";

    // Each package's resources use that package's explicit provider (aws, github), named after it.
    private static string PackageOf(YamlNode resource)
    {
        var type = ((YamlScalarNode)((YamlMappingNode)resource)["type"]).Value!;
        return type[..type.IndexOf(':')];
    }
}
