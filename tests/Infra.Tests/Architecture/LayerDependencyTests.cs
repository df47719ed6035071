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

        // The app (the platform program) stands on the library and nothing stands on it: the library receives it as an
        // IInfraApp, and only the CLI's composition root names it (see No_library_code_names_the_app).
        [AppLayer] = ["Model", "Configuration", "Resources", "Components", "Permissions"],

        // Rules read the graph, including the app's facts through the stack (which stack holds the repository); the
        // plan gate's rules read a plan's changes, so Rules uses Plans (the reader) and Plans never uses Rules.
        ["Rules"] = ["Model", "Configuration", "Resources", "Components", "Permissions", "Plans"],

        // Emitters know nothing of Lambda or S3: only the generic graph.
        ["Emitters"] = ["Model", "Configuration"],
        ["Synthesis"] = ["Model", "Configuration", "Rules", "Emitters", "Files"],
        ["Plans"] = ["Model", "Configuration"],
        ["Previews"] = ["Model", "Configuration", "Plans", "Emitters", "Synthesis", "Processes"],
        ["Checks"] = ["Model", "Configuration", "Rules", "Emitters", "Synthesis", "Processes"],
        // Deploy gates each plan with the plan rules of the policy pack before it applies.
        ["Deploy"] = ["Model", "Configuration", "Plans", "Rules", "Synthesis", "Files", "Processes"],
    };

    private const string AppLayer = "App";

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
    public void No_library_folder_may_depend_on_the_app()
    {
        Assert.That(Allowed.Where(l => l.Value.Contains(AppLayer)).Select(l => l.Key), Is.Empty, "the library receives the app (IInfraApp); no layer may be allowed to use it");
    }

    [Test]
    public void No_library_code_names_the_app()
    {
        // Not only 'using' lines: a qualified name (Infra.App.PlatformProgram) or a type name in a comment of code
        // would tie the library to this one app as well.
        var appTypes = Directory.EnumerateFiles(RepositoryFiles.PathOf($"infra/Infra.Core/{AppLayer}"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetFileNameWithoutExtension(f).Split('.')[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var library = Layers().Where(l => l != AppLayer).Select(l => $"infra/Infra.Core/{l}").Append("workflows-src/Workflows");
        var violations = library
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => NamesOfTheApp(File.ReadAllText(file), appTypes).Select(name => $"{Path.GetRelativePath(RepositoryFiles.Root, file)} names {name}"))
            .ToList();

        Assert.That(appTypes, Is.Not.Empty, "the app folder holds the app's types");
        Assert.That(violations, Is.Empty, $"only the app and the CLI's composition root may name the app; the library receives it as an IInfraApp:\n{string.Join("\n", violations)}");
    }

    [Test]
    public void A_library_file_that_names_the_app_is_caught()
    {
        Assert.That(NamesOfTheApp("var stack = Infra.App.PlatformProgram.Build(config);", ["PlatformProgram"]), Is.Not.Empty, "a qualified use of the app must be caught");
        Assert.That(NamesOfTheApp("using Infra.App;", ["PlatformProgram"]), Is.Not.Empty, "a using of the app's namespace must be caught");
        Assert.That(NamesOfTheApp("IInfraApp app; var platform = app.Build(config);", ["PlatformProgram"]), Is.Empty, "the interface and ordinary words are not the app");
    }

    private static IEnumerable<string> NamesOfTheApp(string code, IReadOnlyList<string> appTypes) =>
        AppNamespace().Matches(code).Select(m => m.Value)
            .Concat(appTypes.Where(type => Regex.IsMatch(code, $@"\b{type}\b")));

    [Test]
    public void The_core_library_knows_nothing_of_the_cli_or_the_workflows()
    {
        var references = File.ReadAllText(RepositoryFiles.PathOf("infra/Infra.Core/Infra.Core.csproj"));

        Assert.That(references, Does.Not.Contain("ProjectReference"), "Infra.Core is the bottom of the build: the CLI and workflows depend on it, never the reverse");
    }

    [GeneratedRegex(@"^\s*using (?:global::)?Infra\.(?<layer>[A-Za-z]+)", RegexOptions.Multiline)]
    private static partial Regex InfraUsing();

    [GeneratedRegex(@"\bInfra\.App\b")]
    private static partial Regex AppNamespace();
}
