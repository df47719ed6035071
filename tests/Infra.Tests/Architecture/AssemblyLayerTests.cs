using System.Reflection;
using System.Xml.Linq;
using Infra.Tests.Testing;

namespace Infra.Tests.Architecture;

/// <summary>
/// The library is one assembly per layer, and each project references only the assemblies listed for it here, so a
/// use in the wrong direction does not compile. The app stands on the library and nothing stands on it but the CLI,
/// the composition root (which is not a library and may reference every assembly).
/// </summary>
public class AssemblyLayerTests
{
    /// <summary>Each library assembly and the assemblies it may reference, bottom up.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        // The core: resources, options, references, config, all-or-nothing file writes and the process runner.
        ["Infra.Model"] = [],
        // IAM: policies, the evidence ledgers and their evaluation; components and rules derive grants from it.
        ["Infra.Permissions"] = ["Infra.Model"],
        // The generated L1 resources and the components built from them.
        ["Infra.Components"] = ["Infra.Model", "Infra.Permissions"],
        // The rules read the graph and plans; the emitters write it; synthesis runs both.
        ["Infra.Synthesis"] = ["Infra.Model", "Infra.Permissions", "Infra.Components"],
        // What runs against the engines and AWS: previews, checks and the deploy driver, each on synthesized output.
        ["Infra.Operations"] = ["Infra.Model", "Infra.Synthesis"],
        // The workflow definitions read the graph (roles, environments) and write through the emitters.
        ["Workflows"] = ["Infra.Model", "Infra.Components", "Infra.Synthesis"],
        // The platform program: handed to the library as an IInfraApp by the CLI.
        [App] = ["Infra.Model", "Infra.Permissions", "Infra.Components"],
        // The L1 generator reads schema extracts and writes C#; it needs none of the library.
        ["Infra.Generator"] = [],
    };

    internal const string App = "Infra.App";

    private const string Cli = "Infra.Cli";

    private static IEnumerable<string> Libraries() => Allowed.Keys.Order(StringComparer.Ordinal);

    private static string ProjectOf(string assembly) => assembly == "Workflows" ? "workflows-src/Workflows/Workflows.csproj" : $"infra/{assembly}/{assembly}.csproj";

    [Test]
    public void EveryProjectUnderInfraButTheCliHasADeclaredPlace()
    {
        var projects = Directory.EnumerateFiles(RepositoryFiles.PathOf("infra"), "*.csproj", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != Cli);

        Assert.That(projects, Is.SubsetOf(Allowed.Keys), "a new project under infra/ needs the assemblies it may reference declared in AssemblyLayerTests.Allowed");
    }

    [Test]
    public void TheDeclaredReferencesHaveNoCycle()
    {
        Assert.That(LayerGraph.Cycle(Allowed), Is.Null, "the assemblies' allowed references must form layers, not a cycle");
    }

    [Test]
    public void NoLibraryAssemblyMayReferenceTheAppOrTheCli()
    {
        var onTop = Allowed.Where(entry => entry.Value.Contains(App) || entry.Value.Contains(Cli)).Select(entry => entry.Key);

        Assert.That(onTop, Is.Empty, "the library receives the app (IInfraApp); only the CLI, the composition root, references Infra.App");
    }

    [TestCaseSource(nameof(Libraries))]
    public void ALibraryProjectReferencesOnlyTheAssembliesBelowIt(string assembly)
    {
        var references = XDocument.Load(RepositoryFiles.PathOf(ProjectOf(assembly)))
            .Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')));

        Assert.That(LayerGraph.Violations(Allowed, assembly, references), Is.Empty, $"{ProjectOf(assembly)} may reference only {string.Join(", ", Allowed[assembly])}");
    }

    [TestCaseSource(nameof(Libraries))]
    public void ABuiltLibraryAssemblyReferencesOnlyTheAssembliesBelowIt(string assembly)
    {
        var ours = Allowed.Keys.Append(Cli).Append("infra").ToHashSet(StringComparer.Ordinal);
        var references = Assembly.Load(new AssemblyName(assembly)).GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(ours.Contains);

        Assert.That(LayerGraph.Violations(Allowed, assembly, references), Is.Empty, $"the built {assembly} may reference only {string.Join(", ", Allowed[assembly])}");
    }

    [Test]
    public void TheBuiltReferencesAreReadFromTheAssembliesThemselves()
    {
        // Guards the check above against reading nothing: the deploy driver and the previews do use these two.
        var references = Assembly.Load(new AssemblyName("Infra.Operations")).GetReferencedAssemblies().Select(reference => reference.Name);

        Assert.That(references, Is.SupersetOf(new[] { "Infra.Model", "Infra.Synthesis" }), "the built Infra.Operations must show the assemblies it uses");
    }

    [Test]
    public void AReferenceToAnAssemblyAboveIsCaught()
    {
        var table = new Dictionary<string, string[]> { ["Low"] = [], ["High"] = ["Low"] };

        Assert.That(LayerGraph.Violations(table, "Low", ["High"]), Is.EqualTo(new[] { "High" }), "a use of a layer above must be reported");
        Assert.That(LayerGraph.Violations(table, "High", ["Low", "High"]), Is.Empty, "uses of a layer below and of itself are allowed");
    }

    [Test]
    public void ACycleInATableOfLayersIsCaught()
    {
        var cyclic = new Dictionary<string, string[]> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] };
        var layered = new Dictionary<string, string[]> { ["A"] = [], ["B"] = ["A"], ["C"] = ["A", "B"] };

        Assert.That(LayerGraph.Cycle(cyclic), Is.EqualTo(new[] { "A", "B", "C", "A" }), "the cycle A -> B -> C -> A must be reported");
        Assert.That(LayerGraph.Cycle(layered), Is.Null, "a layered table has no cycle");
    }
}
