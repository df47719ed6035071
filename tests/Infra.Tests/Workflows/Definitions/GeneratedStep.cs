using Infra.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows.Definitions;

/// <summary>One <c>run:</c> step as the committed <c>.github/workflows</c> file holds it: what GitHub's runner executes.</summary>
/// <param name="File">The workflow's file name.</param>
/// <param name="Name">The step's name.</param>
/// <param name="Run">The script.</param>
/// <param name="Shell">The step's <c>shell:</c>, or null for the runner's default.</param>
/// <param name="Env">The step's own <c>env</c>.</param>
public sealed record GeneratedStep(string File, string Name, string Run, string? Shell, IReadOnlyDictionary<string, string> Env)
{
    /// <summary>The one step of job <paramref name="jobId"/> in <paramref name="file"/> whose name contains <paramref name="nameContains"/>.</summary>
    public static GeneratedStep Read(string file, string jobId, string nameContains)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(System.IO.File.ReadAllText(RepositoryFiles.PathOf($".github/workflows/{file}"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])[jobId];
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()
            .Where(s => Scalar(s, "name")?.Contains(nameContains, StringComparison.Ordinal) == true && Scalar(s, "run") is not null)
            .ToList();
        Assert.That(steps, Has.Count.EqualTo(1), $"{file}: job '{jobId}' must have exactly one run step named like '{nameContains}'");
        var step = steps[0];
        var env = step.Children.TryGetValue(new YamlScalarNode("env"), out var e)
            ? ((YamlMappingNode)e).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        return new GeneratedStep(file, Scalar(step, "name")!, Scalar(step, "run")!, Scalar(step, "shell"), env);
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
