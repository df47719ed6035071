using Infra.Emitters.Terraform;
using Infra.Platform;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows;

public class RequiredCheckTests
{
    [Test]
    public void The_check_the_ruleset_requires_is_a_job_that_runs_on_every_pull_request()
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
}
