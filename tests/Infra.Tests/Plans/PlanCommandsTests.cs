using System.Text.RegularExpressions;
using Infra.Cli;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class PlanCommandsTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = InfraCli.Run(Testing.TestApp.Platform, args, output, error, TestClock.On());
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void GateFailsWithExitOneAndListsTheAddressesOfAProdDestroy()
    {
        var root = PlanFiles.Repository();
        var plan = PlanFiles.Write(PlanFiles.ProdPlan(PlanFiles.Change("aws_s3_bucket.data", "delete", "create"), PlanFiles.Change("aws_s3_bucket.ok", "update")).ToString());

        var (code, output, error) = Run("gate", "--plan", plan, "--stack", "prod", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.CheckFailed), output + error);
        Assert.That(output, Does.Contain("FAIL [gate-no-destroy-in-prod] aws_s3_bucket.data"));
        Assert.That(error, Does.Contain("aws_s3_bucket.data").And.Not.Contain("aws_s3_bucket.ok"));
    }

    [Test]
    public void GatePassesAProdPlanThatDestroysNothing()
    {
        var root = PlanFiles.Repository();
        var plan = PlanFiles.Write(PlanFiles.ProdPlan(PlanFiles.Change("aws_s3_bucket.ok", "update")).ToString());

        var (code, output, error) = Run("gate", "--plan", plan, "--stack", "prod", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + error);
        Assert.That(output, Does.Contain("gate passed for stack prod"));
    }

    [Test]
    public void GateReadsProtectedResourcesFromTheStacksTerraformFolder()
    {
        var root = PlanFiles.Repository();
        var folder = Path.Combine(root, "stacks", "dev", "terraform");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "main.tf.json"), """{"resource":{"aws_s3_bucket":{"state":{"lifecycle":{"prevent_destroy":true}}}}}""");
        var plan = PlanFiles.Write(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.state", "delete")).ToString());

        var (code, output, _) = Run("gate", "--plan", plan, "--stack", "dev", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.CheckFailed));
        Assert.That(output, Does.Contain("[gate-protected-resource] aws_s3_bucket.state"));
    }

    [Test]
    public void GateRefusesAPlanOfAnotherAccountWithExitTwo()
    {
        var root = PlanFiles.Repository();
        var plan = PlanFiles.Write(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.data", "delete")).ToString());

        var (code, _, error) = Run("gate", "--plan", plan, "--stack", "prod", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("is not a plan of stack 'prod'").And.Not.Contain("   at "), "one message, no stack trace");
    }

    [Test]
    public void GateRefusalOfAProdDestroyNamesAReadmeSectionThatExists()
    {
        var root = PlanFiles.Repository();
        var plan = PlanFiles.Write(PlanFiles.ProdPlan(PlanFiles.Change("aws_s3_bucket.data", "delete")).ToString());

        var (code, output, error) = Run("gate", "--plan", plan, "--stack", "prod", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.CheckFailed), output + error);
        foreach (var text in new[] { output, error })
        {
            var pointer = Regex.Match(text, "README section \"([^\"]+)\"");
            Assert.That(pointer.Success, Is.True, "a prod destroy refusal must point to the break-glass procedure by its README heading: " + text);
            var headings = File.ReadLines(RepositoryFiles.PathOf("README.md")).Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim());
            Assert.That(headings, Does.Contain(pointer.Groups[1].Value), $"README has no heading '{pointer.Groups[1].Value}': the gate's pointer has rotted");
        }
    }

    [Test]
    public void GateRefusalOfAnErroredPlanAdvisesPlanningAgainNotKeepingResources()
    {
        var root = PlanFiles.Repository();
        var document = PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.b", "create"));
        document["errored"] = true;
        var plan = PlanFiles.Write(document.ToString());

        var (code, output, error) = Run("gate", "--plan", plan, "--stack", "dev", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.CheckFailed), output + error);
        Assert.That(error, Does.Not.Contain("keeps these resources").And.Not.Contain("break-glass"), "an errored plan destroys nothing: advice about keeping resources does not fit");
        Assert.That(error, Does.Contain("read the error").And.Contain("plan again"), "an errored plan is fixed by reading the engine's error and planning again: " + error);
    }

    [Test]
    public void GateRefusalOfADeletedProtectedResourceAdvisesRestoringItsBlockNotItsAttributes()
    {
        var root = PlanFiles.Repository();
        var folder = Path.Combine(root, "protected");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "main.tf.json"), """{"resource":{"aws_s3_bucket":{"state":{"lifecycle":{"prevent_destroy":true}}}}}""");
        var plan = PlanFiles.Write(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.state", "delete")).ToString());

        var (code, output, _) = Run("gate", "--plan", plan, "--stack", "dev", "--protected-config", folder, "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.CheckFailed));
        var finding = output.Split('\n').Single(l => l.Contains("[gate-protected-resource]"));
        Assert.That(finding, Does.Not.Contain("attributes that force replacement"), "a delete is not a replace: " + finding);
        Assert.That(finding, Does.Contain("restore its block"), "a deleted protected resource is kept by restoring its block: " + finding);
    }

    [TestCase("")]
    [TestCase("{\"format_version\":\"2.0\"}")]
    [TestCase("{\"format_version\":\"1.2\",\"resource_changes\":[")]
    public void PreviewOfBadInputExitsTwoAndWritesNoComment(string content)
    {
        var root = PlanFiles.Repository();
        var plan = PlanFiles.Write(content);

        var (code, output, error) = Run("preview", "--plan", plan, "--stack", "dev", "--format", "markdown", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(output, Is.Empty, "no partial comment may be written");
        Assert.That(error, Does.Contain(plan).And.Not.Contain("   at "));
    }

    [Test]
    public void PreviewWritesTheMarkdownComment()
    {
        var root = PlanFiles.Repository();
        var plan = PlanFiles.Write(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.b", "create")).ToString());

        var (code, output, _) = Run("preview", "--plan", plan, "--stack", "dev", "--format", "markdown", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.StartWith("<!-- infra-preview:stack=dev -->"));
    }

    [Test]
    public void PreviewRefusesAProdPlanNamedAsDevWithExitTwoAndWritesNoComment()
    {
        var root = PlanFiles.Repository();
        var plan = PlanFiles.Write(PlanFiles.ProdPlan(PlanFiles.Change("aws_s3_bucket.b", "update")).ToString());

        var (code, output, error) = Run("preview", "--plan", plan, "--stack", "dev", "--format", "markdown", "--root", root);

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput), "a prod plan previewed as dev must be refused, not rendered as dev: " + output + error);
        Assert.That(output, Is.Empty, "no mislabelled comment may be written");
        Assert.That(error, Does.Contain(plan).And.Contain("is not a plan of stack 'dev'").And.Contain(PlanFiles.ProdAccount).And.Contain("Fix:"), "the message names the file, the account the plan belongs to and the fix");
    }

    [Test]
    public void PreviewOfAnUnknownStackIsBadInput()
    {
        var plan = PlanFiles.Write(new JObject { ["format_version"] = "1.2" }.ToString());

        var (code, _, error) = Run("preview", "--plan", plan, "--stack", "qa", "--root", PlanFiles.Repository());

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput), error);
    }
}
