using Infra.Emitters.Pulumi;
using Infra.Model;
using Infra.Synthesis;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Emitters.Pulumi;

/// <summary>The repository, one synth of it, and the Pulumi programs that synth wrote, parsed.</summary>
internal static class PulumiProgramFiles
{
    /// <summary>The folder holding Infra.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static readonly Lazy<SynthesisResult> Synthesis = new(() => Synthesizer.Run(Testing.TestApp.Platform, RepositoryRoot));

    /// <summary>One synth of all stacks, shared by the read-only tests.</summary>
    public static SynthesisResult Result => Synthesis.Value;

    /// <summary>Every root of every stack, for <c>TestCaseSource</c>.</summary>
    public static IEnumerable<StackRoot> Roots => Result.Stacks.SelectMany(s => s.Roots);

    /// <summary>The text of a generated file of the shared synth.</summary>
    public static string Content(StackRoot root, string fileName) =>
        Result.Files.Single(f => f.Path == PulumiYamlEmitter.DirectoryOf(root).Combine(fileName)).Content;

    /// <summary>Parses YAML text into its root mapping.</summary>
    public static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The <c>resources</c> section of a root's Main.yaml.</summary>
    public static YamlMappingNode ProgramResources(StackRoot root) =>
        (YamlMappingNode)Parse(Content(root, PulumiYamlEmitter.ProgramFileName))["resources"];

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Infra.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Infra.sln above the test directory: run the tests from a checkout of the repository.");
    }
}
