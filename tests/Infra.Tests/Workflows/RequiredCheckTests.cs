using Infra.App;
using Infra.Emitters.Terraform;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows;

public class RequiredCheckTests
{
    [Test]
    public void TheCheckTheRulesetRequiresIsAJobThatRunsOnEveryPullRequest()
    {
        var module = JObject.Parse(File.ReadAllText(RepositoryFiles.PathOf($"stacks/{PlatformProgram.RepositoryStack}/bootstrap/terraform/{TerraformJsonEmitter.FileName}")));
        var required = module.SelectTokens("$.resource.github_repository_ruleset..required_check..context").Select(t => (string)t!).ToList();

        var pullRequestJobs = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf(".github/workflows"), "*.yml"))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            if (!((YamlMappingNode)root["on"]).Children.ContainsKey(new YamlScalarNode("pull_request")))
            {
                continue;
            }

            foreach (var (id, job) in (YamlMappingNode)root["jobs"])
            {
                var name = ((YamlMappingNode)job).Children.TryGetValue(new YamlScalarNode("name"), out var n) ? ((YamlScalarNode)n).Value : ((YamlScalarNode)id).Value;
                pullRequestJobs.Add(name!);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(required, Is.Not.Empty, "the default-branch ruleset must require a status check");
            Assert.That(required, Is.SubsetOf(pullRequestJobs), "a required check that no pull-request job reports blocks every merge");
        });
    }

    [Test]
    public void TheRequiredCheckRunsTheProjectsCiScriptThenTheProdGate()
    {
        var module = JObject.Parse(File.ReadAllText(RepositoryFiles.PathOf($"stacks/{PlatformProgram.RepositoryStack}/bootstrap/terraform/{TerraformJsonEmitter.FileName}")));
        var required = module.SelectTokens("$.resource.github_repository_ruleset..required_check..context").Select(t => (string)t!).ToHashSet(StringComparer.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryFiles.PathOf(".github/workflows/pr-preview.yml"))));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        var checks = jobs.Children.Values.Cast<YamlMappingNode>().Where(j => required.Contains(((YamlScalarNode)j["name"]).Value!)).ToList();

        Assert.That(checks, Is.Not.Empty, "pr-preview.yml must have the job the ruleset requires");
        foreach (var job in checks)
        {
            var runs = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()
                .Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var r) ? ((YamlScalarNode)r).Value!.Trim() : string.Empty)
                .ToList();
            var ci = runs.IndexOf(".ci/run");
            var gate = runs.FindIndex(r => r.Contains("gate --stack prod --base", StringComparison.Ordinal));
            Assert.That(ci, Is.GreaterThan(-1), $"the required check '{job["name"]}' must run .ci/run, or the linters, the policy check, secret scanning and Terraform never run on GitHub");
            Assert.That(gate, Is.GreaterThan(ci), $"the required check '{job["name"]}' must run the prod gate after .ci/run");
        }
    }
}
