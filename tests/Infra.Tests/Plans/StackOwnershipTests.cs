using Infra.Configuration;
using Infra.Plans;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class StackOwnershipTests
{
    private static StackConfig Stack(string name) => ProjectConfig.Load(PlanFiles.Repository()).Stack(name);

    private static PlanFile Load(JObject document) => PlanFile.Load(PlanFiles.Write(document.ToString()));

    [Test]
    public void AcceptsAPlanPinnedToTheStacksAccountAndRegion()
    {
        Assert.DoesNotThrow(() => StackOwnership.Check(Load(PlanFiles.ProdPlan()), Stack("prod")));
    }

    [Test]
    public void RefusesAPlanOfAnotherAccount()
    {
        var error = Assert.Throws<InfraException>(() => StackOwnership.Check(Load(PlanFiles.DevPlan()), Stack("prod")));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.Message, Does.Contain(PlanFiles.DevAccount).And.Contain("Pulumi.prod.yaml"), "the message names the foreign account and the stack file");
    }

    [Test]
    public void RefusesAPlanInAnotherRegion()
    {
        var error = Assert.Throws<InfraException>(() => StackOwnership.Check(Load(PlanFiles.Plan(PlanFiles.ProdAccount, "eu-west-1")), Stack("prod")));

        Assert.That(error!.Message, Does.Contain("'eu-west-1'").And.Contain("af-south-1"));
    }

    [Test]
    public void AcceptsAnAliasedProviderInAnotherRegion()
    {
        var plan = PlanFiles.DevPlan();
        var alias = (JObject)plan["configuration"]!["provider_config"]!["aws"]!.DeepClone();
        alias["expressions"]!["region"]!["constant_value"] = "us-east-1";
        ((JObject)plan["configuration"]!["provider_config"]!)["aws.us_east_1"] = alias;

        Assert.DoesNotThrow(() => StackOwnership.Check(Load(plan), Stack("dev")), "certificates for CloudFront live in us-east-1 on purpose");
    }

    [Test]
    public void RefusesAPlanWithoutProviderConfiguration()
    {
        var error = Assert.Throws<InfraException>(() => StackOwnership.Check(PlanFile.Load(PlanFiles.FixturePath("checkov_aws_forget_tf1.9.json")), Stack("dev")));

        Assert.That(error!.Message, Does.Contain("has no provider configuration"));
    }

    [Test]
    public void RefusesAnAwsProviderWithoutAllowedAccountIds()
    {
        var error = Assert.Throws<InfraException>(() => StackOwnership.Check(PlanFile.Load(PlanFiles.FixturePath("checkov_aws_pure_delete_tf1.2.json")), Stack("dev")));

        Assert.That(error!.Message, Does.Contain("allowed_account_ids"));
    }

    [Test]
    public void RefusesAPulumiPreviewOfAnotherStack()
    {
        var preview = PlanFiles.Preview("dev", PlanFiles.Step("create", "dev", "bucket", newInputs: new JObject { ["bucket"] = "b" }));

        var error = Assert.Throws<InfraException>(() => StackOwnership.Check(Load(preview), Stack("prod")));

        Assert.That(error!.Message, Does.Contain("belongs to stack 'dev'"));
    }

    [Test]
    public void RefusesAPulumiAwsProviderOfAnotherAccount()
    {
        var provider = PlanFiles.Step("create", "prod", "default_7_0_0", newInputs: new JObject { ["region"] = "af-south-1", ["allowedAccountIds"] = $"[\"{PlanFiles.DevAccount}\"]" }, type: "pulumi:providers:aws");

        var error = Assert.Throws<InfraException>(() => StackOwnership.Check(Load(PlanFiles.Preview("prod", provider)), Stack("prod")));

        Assert.That(error!.Message, Does.Contain(PlanFiles.DevAccount));
    }
}
