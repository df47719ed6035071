using Infra.Plans;
using Infra.Rules;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class PulumiPreviewTests
{
    private static ChangeSet Load(JObject preview) => PlanFile.Load(PlanFiles.Write(preview.ToString())).ToChangeSet();

    [Test]
    public void RecognisesAPulumiPreviewAndCountsItsSteps()
    {
        var preview = PlanFiles.Preview(
            "dev",
            PlanFiles.Step("create", "dev", "new", newInputs: new JObject { ["bucket"] = "n" }),
            PlanFiles.Step("update", "dev", "changed", new JObject { ["bucket"] = "c", ["tags"] = new JObject { ["Stage"] = "dev" } }, new JObject { ["bucket"] = "c", ["tags"] = new JObject { ["Stage"] = "sit" } }),
            PlanFiles.Step("same", "dev", "kept", new JObject(), new JObject()),
            PlanFiles.Step("delete", "dev", "gone", new JObject { ["bucket"] = "g" }));

        var file = PlanFile.Load(PlanFiles.Write(preview.ToString()));
        var changes = file.ToChangeSet();

        Assert.That(file.Engine, Is.EqualTo(PlanEngine.Pulumi));
        Assert.That(changes.Summary, Is.EqualTo(new ChangeSummary(1, 1, 0, 1, 0, 0, 0, 1)));
        Assert.That(TextPreviewRenderer.Render(changes, "dev"), Does.Contain("~ tags.Stage: \"dev\" → \"sit\""), "update attributes come from old and new inputs");
    }

    [Test]
    public void APreviewThatTurnsProtectOffHasAProtectionBanner()
    {
        var preview = PlanFiles.Preview(
            "prod",
            PlanFiles.Step("update", "prod", "orders", new JObject { ["name"] = "o", ["deletionProtectionEnabled"] = true }, new JObject { ["name"] = "o", ["deletionProtectionEnabled"] = false }, protect: true, type: "aws:dynamodb/table:Table"),
            PlanFiles.Step("same", "prod", "kept", new JObject(), new JObject(), protect: false));
        ((JObject)preview["steps"]![0]!)["newState"]!["protect"] = false;

        var changes = Load(preview);

        Assert.That(changes.ProtectionChanges, Is.EqualTo(new[]
        {
            new ProtectionChange("aws:dynamodb/table:Table::orders", "Pulumi protect = true removed", Weakened: true),
            new ProtectionChange("aws:dynamodb/table:Table::orders", "deletionProtectionEnabled turned off", Weakened: true),
        }).Using<ProtectionChange>((a, b) => a.Description == b.Description && a.Weakened == b.Weakened));
        Assert.That(TextPreviewRenderer.Render(changes, "prod"), Does.Contain("!! PROTECTION LOST:").And.Contain("Pulumi protect = true removed"));
    }

    [Test]
    public void TheStackOutputsOfAPreviewAreItsOutputChanges()
    {
        var stack = PlanFiles.Step("same", "dev", "bbws-dev", new JObject(), new JObject(), type: "pulumi:pulumi:Stack");
        stack["oldState"]!["outputs"] = new JObject { ["endpoint"] = "https://a", ["gone"] = "x" };
        stack["newState"]!["outputs"] = new JObject { ["endpoint"] = "https://b" };

        var changes = Load(PlanFiles.Preview("dev", stack));

        Assert.That(changes.OutputChanges.Select(PreviewLines.Attribute), Is.EqualTo(new[] { "~ endpoint: \"https://a\" → \"https://b\"", "- gone = \"x\"" }));
    }

    [Test]
    public void MergesTheStepsOfOneReplacementIntoOneChange()
    {
        var old = new JObject { ["name"] = "orders" };
        var now = new JObject { ["name"] = "orders-v2" };
        var preview = PlanFiles.Preview(
            "dev",
            PlanFiles.Step("create-replacement", "dev", "table", old, now),
            PlanFiles.Step("replace", "dev", "table", old, now),
            PlanFiles.Step("delete-replaced", "dev", "table", old, now));
        ((JObject)preview["steps"]![1]!)["replaceReasons"] = new JArray("name");

        var change = Load(preview).Changes.Single();

        Assert.That((change.Kind, change.DestroysExisting), Is.EqualTo((ChangeKind.Replace, true)));
        Assert.That(change.Attributes.Single().ForcesReplacement, Is.True, "name is the replace reason");
    }

    [Test]
    public void MasksSecretsAndShowsUnknownsAsKnownAfterApply()
    {
        var preview = PlanFiles.Preview("dev", PlanFiles.Step("create", "dev", "fn", newInputs: new JObject
        {
            ["environment"] = new JObject { ["variables"] = new JObject { ["TOKEN"] = new JObject { ["4dabf18193072939515e22adb298388d"] = "1b47061264138c4ac30d75fd1eb44270", ["value"] = "s3cr3t" } } },
            ["password"] = "[secret]",
            ["role"] = "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        }));

        var text = TextPreviewRenderer.Render(Load(preview), "dev");

        Assert.That(text, Does.Not.Contain("s3cr3t"), "a secret envelope must never be shown");
        Assert.That(text, Does.Contain("+ environment.variables.TOKEN = (sensitive value)").And.Contain("+ password = (sensitive value)"));
        Assert.That(text, Does.Contain("+ role = (known after apply)"), "the unknown sentinel is not a value");
    }

    [Test]
    public void TheGateAppliesTheSameRulesToPulumi()
    {
        var preview = PlanFiles.Preview(
            "prod",
            PlanFiles.Step("delete", "prod", "logs", new JObject { ["bucket"] = "l" }),
            PlanFiles.Step("replace", "prod", "state", new JObject { ["bucket"] = "s" }, new JObject { ["bucket"] = "t" }, protect: true));

        var findings = PlanGate.Evaluate(new PlanContext(Load(preview), "prod"));

        Assert.That(findings.Select(f => (f.RuleId, f.Address)), Is.EquivalentTo(new[]
        {
            ("gate-no-destroy-in-prod", "aws:s3/bucketV2:BucketV2::logs"),
            ("gate-no-destroy-in-prod", "aws:s3/bucketV2:BucketV2::state"),
            ("gate-protected-resource", "aws:s3/bucketV2:BucketV2::state"),
        }));
    }

    [Test]
    public void AnErrorDiagnosticMakesThePreviewErrored()
    {
        var preview = PlanFiles.Preview("dev");
        preview["diagnostics"] = JArray.Parse("""[{"message":"boom","severity":"error"}]""");

        Assert.That(Load(preview).Errored, Is.True);
    }

    [Test]
    public void RefusesAnUnknownOperation()
    {
        var preview = PlanFiles.Preview("dev", PlanFiles.Step("obliterate", "dev", "x", new JObject()));

        var error = Assert.Throws<InfraException>(() => Load(preview));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.Message, Does.Contain("obliterate"));
    }

    [Test]
    public void ParsesTheUrnParts()
    {
        var urn = PulumiUrn.TryParse("urn:pulumi:prod::bbws::bbws:index:LambdaService$aws:lambda/function:Function::orders-fn");

        Assert.That(urn, Is.EqualTo(new PulumiUrn("prod", "bbws", "aws:lambda/function:Function", urn!.ParentTypes, "orders-fn")));
        Assert.That(urn.ParentTypes, Is.EqualTo(new[] { "bbws:index:LambdaService" }));
    }
}
