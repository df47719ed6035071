using System.Text.RegularExpressions;
using Infra.Tests.Testing;

namespace Infra.Tests.Architecture;

/// <summary>
/// Data flows one way (config → program → graph → rules → emitters). Between assemblies the build enforces it
/// (<see cref="AssemblyLayerTests"/>); inside an assembly that holds several folders, each folder may use only the
/// folders listed for it here. A new dependency is a design decision: add it here, with its reason, or move the code.
/// </summary>
public partial class LayerDependencyTests
{
    /// <summary>The folders of each assembly that holds several layers.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Folders = new Dictionary<string, string[]>
    {
        ["Infra.Model"] = ["Model", "Configuration", "Files", "Processes"],
        ["Infra.Components"] = ["Resources", "Components"],
        ["Infra.Synthesis"] = ["Plans", "Emitters", "Rules", "Synthesis"],
        ["Infra.Operations"] = ["Previews", "Checks", "Deploy"],
    };

    private static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        // The graph is built from config (a stack holds its config, secrets become outputs); config reads files only.
        // Below both, InfraException and ExitCodes (namespace Infra, at the assembly's root) serve every layer.
        ["Model"] = ["Configuration"],
        ["Configuration"] = [],
        // All-or-nothing writes of sets of files, used by every writer (synth, ledgers, saved plans).
        ["Files"] = ["Model"],
        // The one way to run an external program (git, terraform, pulumi), reading both of its pipes at once.
        ["Processes"] = ["Model"],
        ["Resources"] = ["Model", "Configuration"],
        ["Components"] = ["Model", "Configuration", "Resources", "Permissions"],

        // Plans only read engine output; the plan gate's rules read a plan's changes, so Rules uses Plans.
        ["Plans"] = ["Model", "Configuration"],
        // Emitters know nothing of Lambda or S3: only the generic graph.
        ["Emitters"] = ["Model", "Configuration"],
        // Rules read the graph, including the app's facts through the stack (which stack holds the repository).
        ["Rules"] = ["Model", "Configuration", "Resources", "Components", "Permissions", "Plans"],
        ["Synthesis"] = ["Model", "Configuration", "Rules", "Emitters", "Files"],

        // The operations stand side by side: none uses another.
        ["Previews"] = ["Model", "Configuration", "Plans", "Emitters", "Synthesis", "Processes"],
        ["Checks"] = ["Model", "Configuration", "Rules", "Emitters", "Synthesis", "Processes"],
        // Deploy gates each plan with the plan rules of the policy pack before it applies.
        ["Deploy"] = ["Model", "Configuration", "Plans", "Rules", "Synthesis", "Files", "Processes"],
    };

    /// <summary>Every folder of the library, by assembly; single-folder assemblies included, for the names they give.</summary>
    private static IEnumerable<string> LibraryFolders() =>
        AssemblyLayerTests.Allowed.Keys
            .Where(assembly => assembly.StartsWith("Infra.", StringComparison.Ordinal) && assembly is not (AssemblyLayerTests.App or "Infra.Generator"))
            .SelectMany(assembly => Directory.EnumerateDirectories(RepositoryFiles.PathOf($"infra/{assembly}"))
                .Select(Path.GetFileName)
                .Where(name => name is not ("bin" or "obj"))
                .Select(name => $"infra/{assembly}/{name}"))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> LayeredFolders() =>
        Folders.SelectMany(assembly => assembly.Value.Select(folder => $"infra/{assembly.Key}/{folder}")).Order(StringComparer.Ordinal);

    [Test]
    public void EveryFolderOfALayeredAssemblyHasADeclaredPlace()
    {
        foreach (var (assembly, declared) in Folders)
        {
            var folders = Directory.EnumerateDirectories(RepositoryFiles.PathOf($"infra/{assembly}"))
                .Select(Path.GetFileName)
                .Where(name => name is not ("bin" or "obj"));

            Assert.That(folders, Is.EquivalentTo(declared), $"a folder of {assembly} needs its allowed dependencies declared here");
        }
    }

    [Test]
    public void TheFoldersAllowedUsesHaveNoCycle()
    {
        Assert.That(LayerGraph.Cycle(Allowed), Is.Null, "the folders' allowed uses must form layers, not a cycle");
    }

    [Test]
    public void TheErrorsEveryLayerThrowsUseNoLayer()
    {
        var kernel = Directory.EnumerateFiles(RepositoryFiles.PathOf("infra/Infra.Model"), "*.cs", SearchOption.TopDirectoryOnly).ToList();
        var uses = kernel.SelectMany(file => InfraUsing().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)} uses Infra.{m.Groups["layer"].Value}"));

        Assert.That(kernel, Is.Not.Empty, "InfraException and ExitCodes sit at the root of infra/Infra.Model");
        Assert.That(uses, Is.Empty, "the errors at the root of infra/Infra.Model are below every layer, so they may use none");
    }

    [TestCaseSource(nameof(LayeredFolders))]
    public void AFolderUsesOnlyTheLayersItMayDependOn(string folder)
    {
        var layer = Path.GetFileName(folder);
        var uses = Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => InfraUsing().Matches(File.ReadAllText(file))
                .Select(m => (File: Path.GetRelativePath(RepositoryFiles.Root, file), Layer: m.Groups["layer"].Value)))
            .ToList();
        var wrong = LayerGraph.Violations(Allowed, layer, uses.Select(u => u.Layer)).ToHashSet(StringComparer.Ordinal);
        var violations = uses.Where(u => wrong.Contains(u.Layer)).Select(u => $"{u.File} uses Infra.{u.Layer}").Distinct(StringComparer.Ordinal);

        Assert.That(violations, Is.Empty, $"{layer} may use only {string.Join(", ", Allowed.GetValueOrDefault(layer, []))}");
    }

    [Test]
    public void NoLibraryCodeNamesTheApp()
    {
        // The build keeps the library from referencing Infra.App; a type name in a comment or a string would still tie
        // the library to this one app.
        var appTypes = Directory.EnumerateFiles(RepositoryFiles.PathOf($"infra/{AssemblyLayerTests.App}"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f).Split('.')[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var violations = LibraryFolders().Append("workflows-src/Workflows")
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => NamesOfTheApp(File.ReadAllText(file), appTypes).Select(name => $"{Path.GetRelativePath(RepositoryFiles.Root, file)} names {name}"))
            .ToList();

        Assert.That(appTypes, Is.Not.Empty, "the app's assembly holds the app's types");
        Assert.That(violations, Is.Empty, $"only the app and the CLI's composition root may name the app; the library receives it as an IInfraApp:\n{string.Join("\n", violations)}");
    }

    [Test]
    public void ALibraryFileThatNamesTheAppIsCaught()
    {
        Assert.That(NamesOfTheApp("var stack = Infra.App.PlatformProgram.Build(config);", ["PlatformProgram"]), Is.Not.Empty, "a qualified use of the app must be caught");
        Assert.That(NamesOfTheApp("using Infra.App;", ["PlatformProgram"]), Is.Not.Empty, "a using of the app's namespace must be caught");
        Assert.That(NamesOfTheApp("IInfraApp app; var platform = app.Build(config);", ["PlatformProgram"]), Is.Empty, "the interface and ordinary words are not the app");
    }

    [Test]
    public void AQualifiedUseOfAFolderIsCaughtAsWellAsAUsing()
    {
        Assert.That(InfraUsing().Matches("var rule = new Infra.Rules.RuleRegistry();").Select(m => m.Groups["layer"].Value), Is.EqualTo(new[] { "Rules" }), "a qualified name uses its folder");
        Assert.That(InfraUsing().Matches("using Infra.Deploy.Aws;").Select(m => m.Groups["layer"].Value), Is.EqualTo(new[] { "Deploy" }), "a using of a sub-namespace uses its folder");
        Assert.That(InfraUsing().Matches("see infra/Infra.Synthesis/Rules").Select(m => m.Groups["layer"].Value), Is.Empty, "a path names a folder of the repository, not a namespace");
        Assert.That(InfraUsing().Matches("var tests = Infra.Tests;").Select(m => m.Groups["layer"].Value), Is.Empty, "a name that is no folder of the library is no use of one");
    }

    private static IEnumerable<string> NamesOfTheApp(string code, IReadOnlyList<string> appTypes) =>
        AppNamespace().Matches(code).Select(m => m.Value)
            .Concat(appTypes.Where(type => Regex.IsMatch(code, $@"\b{type}\b")));

    // Any mention of a library namespace, not only 'using' lines: a qualified name is a use as well. A path
    // (infra/Infra.Synthesis/Rules) names an assembly's folder, not a namespace.
    [GeneratedRegex(@"(?<![/\w.])Infra\.(?<layer>Model|Configuration|Files|Processes|Permissions|Resources|Components|Plans|Emitters|Rules|Synthesis|Previews|Checks|Deploy|App)\b")]
    private static partial Regex InfraUsing();

    [GeneratedRegex(@"\bInfra\.App\b")]
    private static partial Regex AppNamespace();
}
