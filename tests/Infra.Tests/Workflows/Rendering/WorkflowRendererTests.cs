using Infra.Workflows.Model;
using Infra.Workflows.Rendering;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows.Rendering;

public class WorkflowRendererTests
{
    [Test]
    public void QuotesAnAccountIdWithALeadingZeroSoItStaysAString()
    {
        var text = WorkflowRenderer.Text(Workflow(new Step { Name = "s", Uses = "a/b@v1", With = new Dictionary<string, string> { ["allowed-account-ids"] = "093646564004", ["flag"] = "false" } }));

        Assert.That(text, Does.Contain("allowed-account-ids: \"093646564004\""), "unquoted, YAML 1.1 readers take 093646564004 for a number");
        Assert.That(text, Does.Contain("flag: \"false\""));
    }

    [Test]
    public void WritesScriptsAsLiteralBlocksAndParsesBack()
    {
        var text = WorkflowRenderer.Text(Workflow(new Step { Name = "s", Run = "set -e\necho \"a: b\"\n" }));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var run = ((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"]["j"]["steps"][0]["run"];

        Assert.That(text, Does.Contain("run: |\n"));
        Assert.That(((YamlScalarNode)run).Value, Is.EqualTo("set -e\necho \"a: b\"\n"));
    }

    [Test]
    public void IsDeterministicWithLfAndOneTrailingNewline()
    {
        var workflow = Workflow(new Step { Name = "s", Run = "exit 0" });

        var text = WorkflowRenderer.Text(workflow);

        Assert.That(text, Is.EqualTo(WorkflowRenderer.Text(workflow)));
        Assert.That(text, Does.Not.Contain("\r").And.EndsWith("exit 0\n").And.Not.EndsWith("\n\n").And.Not.Contain("..."));
        Assert.That(text, Does.StartWith(WorkflowRenderer.Header + "\nname: w\non:\n"));
    }

    [Test]
    public void WritesEmptyPermissionsAsAnEmptyMap() =>
        Assert.That(WorkflowRenderer.Text(Workflow(new Step { Name = "s", Run = "exit 0" })), Does.Contain("permissions: {}"), "no permissions must be written, or the token gets the repository default");

    private static Workflow Workflow(Step step) => new()
    {
        FileName = "w.yml",
        Name = "w",
        On = new Triggers { Dispatch = [] },
        Jobs = [new Job { Id = "j", Name = "j", Steps = [step] }],
    };
}
