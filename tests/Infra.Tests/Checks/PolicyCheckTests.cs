using Infra.Checks;
using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Components;
using Infra.Tests.Permissions;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Checks;

public class PolicyCheckTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Test]
    public void AnExpiredSuppressionNoLongerAcceptsItsFindingAndIsReported()
    {
        var result = Synthesis(new DateOnly(2026, 5, 31));

        var report = PolicyCheck.Evaluate(result, null, Today, []);

        Assert.That(report.Findings.Single().IsBlocking, Is.True, "a suppression past its date must stop accepting the finding");
        Assert.That(report.Findings.Single().Message, Does.Contain("expired on 2026-05-31"));
        Assert.That(report.Suppressions.Single().Expired, Is.True);
    }

    [Test]
    public void ASuppressionUntilTodayStillAccepts()
    {
        var report = PolicyCheck.Evaluate(Synthesis(Today), null, Today, []);

        Assert.That(report.Failed, Is.False, "a suppression expires after its last day, not on it");
    }

    [Test]
    public void FindingsPointAtTheResourcesLineInTheGeneratedModule()
    {
        var result = Synthesis(null);
        var content = result.Files.Single(f => f.Path.Value == "stacks/dev/terraform/main.tf.json").Content.Split('\n');

        var finding = PolicyCheck.Evaluate(result, null, Today, []).Findings.Single();

        Assert.That(finding.File, Is.EqualTo("stacks/dev/terraform/main.tf.json"));
        Assert.That(content[finding.Line - 1].Trim(), Is.EqualTo("\"topic\": {"), "the line must be the resource's key under aws_sns_topic");
    }

    [Test]
    public void TheSarifOfThePlatformIsVersion21WithOneResultPerFinding()
    {
        var report = PolicyCheck.Run(Testing.TestApp.Platform, RepositoryFiles.Root, null, Testing.TestClock.On(Today));

        var sarif = JObject.Parse(SarifWriter.Write(report));

        Assert.That((string?)sarif["version"], Is.EqualTo("2.1.0"));
        var results = (JArray)sarif["runs"]![0]!["results"]!;
        Assert.That(results, Has.Count.EqualTo(report.Findings.Count), "one SARIF result per finding");
        var route = results.First(r => (string?)r["ruleId"] == ApiGatewayAuthorizationRule.RuleId);
        Assert.That((string?)route["locations"]![0]!["logicalLocations"]![0]!["name"], Is.EqualTo("product-rest-api/product-rest-api-get-products-method"));
        Assert.That((int)route["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!, Is.GreaterThan(1));
        Assert.That(route["suppressions"], Is.Not.Null, "the public route's finding is accepted in source, with its reason");
        Assert.That(report.Failed, Is.False, "the platform must pass the pack with only documented suppressions");
    }

    private static SynthesisResult Synthesis(DateOnly? expires)
    {
        var stack = TestStacks.Empty();
        _ = new SnsTopic("topic", new SnsTopicArgs { Name = "t" }, TestStacks.In(stack.Main) with
        {
            Suppressions = [new Suppression(CustomerKeyEncryptionRule.RuleId, "migrating to the stack key next sprint", expires)],
        });
        var findings = RuleRunner.Run([new CustomerKeyEncryptionRule()], [stack]);
        return new SynthesisResult([stack], findings, [new TerraformJsonEmitter().Emit(stack.Main)], []);
    }
}
