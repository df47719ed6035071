using System.Text.RegularExpressions;
using Infra.Tests.Testing;

namespace Infra.Tests.Architecture;

/// <summary>
/// Data flows one way (config → program → graph → rules → emitters): each folder of infra/Infra.Core may use only
/// the folders listed for it. A new dependency is a design decision: add it here, with its reason, or move the code.
/// </summary>
public partial class LayerDependencyTests
{
    private static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        // The core: resources, options, references, config. Stack is built from config, config errors are model errors.
        ["Model"] = ["Configuration"],
        ["Configuration"] = ["Model"],
        // All-or-nothing writes of sets of files, used by every writer (synth, ledgers, saved plans).
        ["Files"] = ["Model"],
        // The one way to run an external program (git, terraform, pulumi), reading both of its pipes at once.
        ["Processes"] = ["Model"],
        ["Permissions"] = ["Model", "Configuration", "Files"],
        ["Resources"] = ["Model", "Configuration"],
        ["Components"] = ["Model", "Configuration", "Resources", "Permissions"],
        ["Platform"] = ["Model", "Configuration", "Resources", "Components", "Permissions"],

        // Rules read the graph, including the platform's own facts (which stack holds the repository); the plan
        // gate's rules read a plan's changes, so Rules uses Plans (the reader) and Plans never uses Rules.
        ["Rules"] = ["Model", "Configuration", "Resources", "Components", "Permissions", "Platform", "Plans"],

        // Emitters know nothing of Lambda or S3: only the generic graph.
        ["Emitters"] = ["Model", "Configuration"],
        ["Synthesis"] = ["Model", "Configuration", "Platform", "Rules", "Emitters", "Files"],
        ["Plans"] = ["Model", "Configuration"],
        ["Previews"] = ["Model", "Configuration", "Plans", "Emitters", "Synthesis", "Processes"],
        ["Checks"] = ["Model", "Configuration", "Rules", "Emitters", "Synthesis", "Processes"],
        // Deploy gates each plan with the plan rules of the policy pack before it applies.
        ["Deploy"] = ["Model", "Configuration", "Plans", "Rules", "Synthesis", "Files", "Processes"],
    };

    private static IEnumerable<string> Layers() =>
        Directory.EnumerateDirectories(RepositoryFiles.PathOf("infra/Infra.Core"))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Select(name => name!)
            .Order(StringComparer.Ordinal);

    [Test]
    public void Every_folder_of_the_core_library_has_a_declared_place()
    {
        Assert.That(Layers(), Is.SubsetOf(Allowed.Keys), "a new folder under infra/Infra.Core needs its allowed dependencies declared here");
    }

    [TestCaseSource(nameof(Layers))]
    public void A_folder_uses_only_the_layers_it_may_depend_on(string layer)
    {
        var allowed = Allowed.GetValueOrDefault(layer, []).Append(layer).ToHashSet(StringComparer.Ordinal);
        var violations = Directory.EnumerateFiles(RepositoryFiles.PathOf($"infra/Infra.Core/{layer}"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => InfraUsing().Matches(File.ReadAllText(file))
                .Select(m => (File: Path.GetRelativePath(RepositoryFiles.Root, file), Layer: m.Groups["layer"].Value)))
            .Where(u => !allowed.Contains(u.Layer))
            .Select(u => $"{u.File} uses Infra.{u.Layer}")
            .ToList();

        Assert.That(violations, Is.Empty, $"{layer} may use only {string.Join(", ", Allowed.GetValueOrDefault(layer, []))}:\n{string.Join("\n", violations)}");
    }

    [Test]
    public void The_core_library_knows_nothing_of_the_cli_or_the_workflows()
    {
        var references = File.ReadAllText(RepositoryFiles.PathOf("infra/Infra.Core/Infra.Core.csproj"));

        Assert.That(references, Does.Not.Contain("ProjectReference"), "Infra.Core is the bottom of the build: the CLI and workflows depend on it, never the reverse");
    }

    [GeneratedRegex(@"^\s*using (?:global::)?Infra\.(?<layer>[A-Za-z]+)", RegexOptions.Multiline)]
    private static partial Regex InfraUsing();
}
