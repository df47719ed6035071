using System.Text.RegularExpressions;
using Infra.Cli;
using Infra.Tests.Testing;

namespace Infra.Tests.Workflows;

public partial class WorkflowCommandLineTests
{
    private static IEnumerable<TestCaseData> InfraCalls()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf(".github/workflows"), "*.yml").Order(StringComparer.Ordinal))
        {
            foreach (Match call in InfraCall().Matches(File.ReadAllText(file)))
            {
                yield return new TestCaseData(Path.GetFileName(file), call.Groups["args"].Value).SetArgDisplayNames(Path.GetFileName(file), call.Groups["args"].Value);
            }
        }
    }

    [TestCaseSource(nameof(InfraCalls))]
    public void EveryInfraCallInAGeneratedWorkflowParses(string workflow, string arguments)
    {
        // Shell words: quoted values stand for one argument; redirections are the shell's, not infra's.
        var words = ShellWord().Matches(arguments.Split(" > ")[0]).Select(m => m.Value.Trim('"')).ToArray();

        Assert.That(InfraCli.ParseErrors(Testing.TestApp.Platform, words), Is.Empty, $"{workflow} calls 'infra {arguments}', which the CLI refuses");
    }

    [Test]
    public void TheWorkflowsCallInfraAtAll()
    {
        Assert.That(InfraCalls().Count(), Is.GreaterThan(10), "the generated workflows should reach AWS only through infra verbs");
    }

    [GeneratedRegex(@"dotnet run --project infra/Infra\.Cli -- (?<args>[^\n|;&]+)")]
    private static partial Regex InfraCall();

    [GeneratedRegex(@"""[^""]*""|\S+")]
    private static partial Regex ShellWord();
}
