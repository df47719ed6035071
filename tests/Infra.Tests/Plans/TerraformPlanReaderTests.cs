using System.Text;
using Infra.Plans;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class TerraformPlanReaderTests
{
    [TestCaseSource(typeof(PlanFiles), nameof(PlanFiles.Fixtures))]
    public void EverySharedFixtureParsesAndRenders(string fixture)
    {
        var plan = PlanFile.Load(PlanFiles.FixturePath(fixture));
        var changes = plan.ToChangeSet();

        Assert.That(plan.Engine, Is.EqualTo(PlanEngine.Terraform), $"{fixture} should be recognised as a Terraform plan");
        Assert.That(PreviewRenderer.Render(changes, "dev", PreviewFormat.Markdown), Does.StartWith("<!-- infra-preview:stack=dev -->"), $"{fixture} should render");
    }

    [Test]
    public void ReadsTheUtf16LittleEndianFixtureWithItsByteOrderMark()
    {
        var plan = TerraformPlanReader.Read(PlanFiles.FixturePath("checkov_aws_utf16le_bom_tf1.0.json"));

        Assert.That(plan.ResourceChanges.Select(c => c.Address), Is.EqualTo(new[] { "aws_iam_role_policy.fail_1", "aws_s3_bucket.s3-bucket", "null_resource.name" }), "the UTF-16LE plan should yield its 3 creates");
    }

    [Test]
    public void ReadsUtf16BigEndianWithByteOrderMark()
    {
        var json = File.ReadAllText(PlanFiles.FixturePath("tfjson_replace_tainted_tf1.15.json"));
        var path = PlanFiles.Write(string.Empty);
        File.WriteAllBytes(path, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(json)]);

        Assert.That(TerraformPlanReader.Read(path).ResourceChanges.Single().Address, Is.EqualTo("null_resource.example"), "a UTF-16BE plan with BOM should parse");
    }

    [TestCase(false, TestName = "Reads a UTF-16LE plan written without a byte order mark")]
    [TestCase(true, TestName = "Reads a UTF-16BE plan written without a byte order mark")]
    public void ReadsUtf16WithoutByteOrderMark(bool bigEndian)
    {
        var json = File.ReadAllText(PlanFiles.FixturePath("tfjson_replace_tainted_tf1.15.json"));
        var path = PlanFiles.Write(string.Empty);
        File.WriteAllBytes(path, new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(json));

        Assert.That(TerraformPlanReader.Read(path).ResourceChanges.Single().Address, Is.EqualTo("null_resource.example"), "UTF-16 without a mark is told by its zero bytes, not read as UTF-8 full of NULs");
    }

    [Test]
    public void ReadsUtf8WithByteOrderMark()
    {
        var path = PlanFiles.Write(string.Empty);
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.b", "create")).ToString())]);

        Assert.That(TerraformPlanReader.Read(path).ResourceChanges, Has.Count.EqualTo(1), "a UTF-8 plan with BOM should parse");
    }

    [Test]
    public void ReadsTheTaintedReplaceWithItsReasonAndCompleteFlag()
    {
        var plan = TerraformPlanReader.Read(PlanFiles.FixturePath("tfjson_replace_tainted_tf1.15.json"));
        var change = plan.ResourceChanges.Single();

        Assert.Multiple(() =>
        {
            Assert.That(change.Actions, Is.EqualTo(new[] { "delete", "create" }));
            Assert.That(change.ActionReason, Is.EqualTo("replace_because_tainted"));
            Assert.That(plan.Complete, Is.True, "complete: true should be read");
            Assert.That(plan.FormatVersion, Is.EqualTo("1.2"));
        });
    }

    [Test]
    public void ReadsForgetWithBareFalseSensitivityAndThePlanFlags()
    {
        var plan = TerraformPlanReader.Read(PlanFiles.FixturePath("checkov_aws_forget_tf1.9.json"));
        var change = plan.ResourceChanges.Single();

        Assert.Multiple(() =>
        {
            Assert.That(change.Actions, Is.EqualTo(new[] { "forget" }));
            Assert.That(change.AfterSensitive?.Type, Is.EqualTo(JTokenType.Boolean), "after_sensitive is a bare false in this fixture");
            Assert.That(plan.Applyable, Is.Not.Null, "applyable should be read");
            Assert.That(plan.Errored, Is.False);
        });
    }

    [Test]
    public void ReadsErroredPlanWithoutResourceChanges()
    {
        var plan = TerraformPlanReader.Read(PlanFiles.FixturePath("tofu_plan_error_errored.json"));

        Assert.That(plan.Errored, Is.True, "errored: true should be read");
        Assert.That(plan.ResourceChanges, Is.Empty);
    }

    [Test]
    public void ReadsDriftEntriesThatLackAnAddressAndOutputChanges()
    {
        var plan = TerraformPlanReader.Read(PlanFiles.FixturePath("tfcompliance_aws_lambda_deletes_drift_tf1.0.json"));

        Assert.Multiple(() =>
        {
            Assert.That(plan.ResourceDrift, Has.Count.EqualTo(15), "all 15 drift entries should be read");
            Assert.That(plan.OutputChanges, Has.Count.EqualTo(2), "both output changes should be read");
            Assert.That(plan.ResourceChanges, Has.Count.EqualTo(15));
        });
    }

    [Test]
    public void ReadsMovedImportedAndDeposedResources()
    {
        var moved = PlanFiles.Change("aws_s3_bucket.new", "no-op");
        moved["previous_address"] = "aws_s3_bucket.old";
        var imported = PlanFiles.Change("aws_iam_openid_connect_provider.github", "no-op");
        ((JObject)imported["change"]!)["importing"] = new JObject { ["id"] = "arn:aws:iam::536580886816:oidc-provider/token.actions.githubusercontent.com" };
        var deposed = PlanFiles.Change("aws_lambda_function.f", "delete");
        deposed["deposed"] = "00000001";

        var changes = TerraformChangeSets.From(TerraformPlanReader.Read(PlanFiles.Write(PlanFiles.DevPlan(moved, imported, deposed).ToString())), "test");

        Assert.Multiple(() =>
        {
            Assert.That(changes.Changes[0].PreviousAddress, Is.EqualTo("aws_s3_bucket.old"));
            Assert.That(changes.Changes[1].Kind, Is.EqualTo(ChangeKind.Import), "an importing no-op is an import");
            Assert.That(changes.Changes[2].Deposed, Is.EqualTo("00000001"));
            Assert.That(changes.Summary.Import, Is.EqualTo(1));
        });
    }

    [TestCase(new[] { "no-op" }, ChangeKind.NoOp, false, false)]
    [TestCase(new[] { "create" }, ChangeKind.Create, false, false)]
    [TestCase(new[] { "read" }, ChangeKind.Read, false, false)]
    [TestCase(new[] { "update" }, ChangeKind.Update, false, false)]
    [TestCase(new[] { "delete" }, ChangeKind.Delete, true, false)]
    [TestCase(new[] { "delete", "create" }, ChangeKind.Replace, true, false)]
    [TestCase(new[] { "create", "delete" }, ChangeKind.Replace, true, false)]
    [TestCase(new[] { "forget" }, ChangeKind.Forget, false, true)]
    [TestCase(new[] { "create", "forget" }, ChangeKind.Replace, false, true)]
    [TestCase(new[] { "forget", "create" }, ChangeKind.Replace, false, true)]
    public void EveryActionFormHasItsMeaning(string[] actions, ChangeKind kind, bool destroys, bool forgets)
    {
        var path = PlanFiles.Write(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.b", actions)).ToString());

        var change = PlanFile.Load(path).ToChangeSet().Changes.Single();

        Assert.That((change.Kind, change.DestroysExisting, change.Forgets), Is.EqualTo((kind, destroys, forgets)), $"[{string.Join(",", actions)}] means the wrong thing");
    }

    [TestCase("explode")]
    [TestCase("update,delete")]
    [TestCase("")]
    public void RefusesAnActionListItDoesNotKnow(string words)
    {
        var actions = words.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var path = PlanFiles.Write(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.b", actions)).ToString());

        var error = Assert.Throws<InfraException>(() => PlanFile.Load(path));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "an unknown action must fail closed with exit 2");
        Assert.That(error.Message, Does.Contain(path).And.Contain("aws_s3_bucket.b"), "the message should name the file and the resource");
    }

    [TestCase("2.0")]
    [TestCase("10.1")]
    [TestCase("one")]
    public void RefusesAFormatVersionOutsideZeroAndOne(string version)
    {
        var plan = PlanFiles.DevPlan();
        plan["format_version"] = version;

        var error = Assert.Throws<InfraException>(() => PlanFile.Load(PlanFiles.Write(plan.ToString())));

        Assert.That(error!.Message, Does.Contain($"\"{version}\""), "the message should quote the version");
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
    }

    [TestCase("0.1")]
    [TestCase("1.0")]
    [TestCase("1.9")]
    public void AcceptsFormatVersionsZeroAndOne(string version) =>
        Assert.That(TerraformPlanReader.IsSupportedFormat(version), Is.True, $"{version} should be accepted");

    [TestCase("", "is empty")]
    [TestCase("{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":", "not valid JSON")]
    [TestCase("[1,2]", "not a Terraform plan")]
    [TestCase("{\"hello\":\"world\"}", "not a Terraform plan")]
    [TestCase("{\"resource_changes\":[]}", "not a Terraform plan")]
    [TestCase("{\"format_version\":\"1.2\"} trailing", "not valid JSON")]
    public void RefusesInputThatIsNotAPlanWithExitTwo(string content, string expected)
    {
        var path = PlanFiles.Write(content);

        var error = Assert.Throws<InfraException>(() => PlanFile.Load(path));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.Message, Does.Contain(path).And.Contain(expected), "the message should name the file and what is wrong");
    }

    [Test]
    public void RefusesATruncatedRealPlan()
    {
        var text = File.ReadAllText(PlanFiles.FixturePath("checkov_aws_55_creates_tf0.12.json"));
        var path = PlanFiles.Write(text[..(text.Length / 2)]);

        Assert.That(() => PlanFile.Load(path), Throws.InstanceOf<InfraException>().With.Property(nameof(InfraException.ExitCode)).EqualTo(ExitCodes.BadInput), "a truncated plan must be refused with exit 2");
    }

    [Test]
    public void IgnoresUnknownFieldsAndNeverKeepsVariables()
    {
        var plan = PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.b", "create"));
        plan["variables"] = new JObject { ["db_password"] = new JObject { ["value"] = "hunter2" } };
        plan["some_future_field"] = new JObject { ["nested"] = new JArray(1, 2, 3) };
        ((JObject)plan["resource_changes"]![0]!)["future"] = true;

        var changes = PlanFile.Load(PlanFiles.Write(plan.ToString())).ToChangeSet();
        var all = string.Concat(Enum.GetValues<PreviewFormat>().Select(f => PreviewRenderer.Render(changes, "dev", f)));

        Assert.That(changes.Changes, Has.Count.EqualTo(1));
        Assert.That(all, Does.Not.Contain("hunter2"), "top-level variables must never be printed");
    }
}
