using Infra.Plans;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class PreviewRendererTests
{
    private static ChangeSet Many(int count, ChangeKind kind = ChangeKind.Create) =>
        new("test", Enumerable.Range(0, count).Select(i => new PlannedChange($"aws_s3_bucket.b{i:D5}", i % 2 == 0 ? string.Empty : "module.m", "aws_s3_bucket", kind, [PreviewLines.Word(kind)])
        {
            Attributes = [new AttributeChange("bucket", AttributeValue.Absent, AttributeValue.Known($"\"bucket-{i}-with-a-longish-name\""))],
            DestroysExisting = kind is ChangeKind.Delete or ChangeKind.Replace,
        }).ToList());

    [Test]
    public void MarkdownCarriesTheStackMarkerSummaryAndCollapsibleDetails()
    {
        var markdown = MarkdownPreviewRenderer.Render(Many(2), "sit");

        Assert.That(markdown, Does.StartWith("<!-- infra-preview:stack=sit -->\n"), "the marker lets a workflow update its own comment");
        Assert.That(markdown, Does.Contain("| 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"), "summary counts come first");
        Assert.That(markdown, Does.Contain("<details>").And.Contain("</details>"));
    }

    [Test]
    public void MarkdownStaysUnderTheCapAndKeepsSummaryAndBannersWhenCut()
    {
        var changes = Many(5000, ChangeKind.Delete);

        var markdown = MarkdownPreviewRenderer.Render(changes, "prod");

        Assert.That(markdown.Length, Is.LessThanOrEqualTo(MarkdownPreviewRenderer.MaxCharacters), "the comment must fit GitHub's limit");
        Assert.That(markdown, Does.Contain("| 0 | 0 | 0 | 5000 |"), "the summary must stay");
        Assert.That(markdown, Does.Contain("5000 resources will be DELETED"), "the delete banner must stay");
        Assert.That(markdown, Does.Match(@"Details cut .*: \d+ of 5000 changed resources \(\d+ characters\) left out"), "a note must say how much was left out");
        Assert.That(markdown.Split("```").Length % 2, Is.EqualTo(1), "every code fence must be closed");
        Assert.That(markdown, Does.EndWith("</details>\n"));
    }

    [Test]
    public void MarkdownIsNotCutWhenItFits()
    {
        Assert.That(MarkdownPreviewRenderer.Render(Many(10), "dev"), Does.Not.Contain("Details cut"), "a small preview is shown whole");
    }

    [Test]
    public void NoOpResourcesAreOmittedButCounted()
    {
        var changes = new ChangeSet("test", [
            new PlannedChange("aws_s3_bucket.same", string.Empty, "aws_s3_bucket", ChangeKind.NoOp, ["no-op"]),
            new PlannedChange("aws_s3_bucket.new", string.Empty, "aws_s3_bucket", ChangeKind.Create, ["create"]),
        ]);

        foreach (var format in Enum.GetValues<PreviewFormat>())
        {
            var text = PreviewRenderer.Render(changes, "dev", format);
            Assert.That(text, Does.Not.Contain("aws_s3_bucket.same"), $"{format}: no-op resources are not listed");
            Assert.That(text, Does.Contain("aws_s3_bucket.new"), $"{format}: changed resources are listed");
        }

        Assert.That(TextPreviewRenderer.Render(changes, "dev"), Does.Contain("1 create, 0 update, 0 replace, 0 delete, 0 forget, 0 read, 0 import, 1 no-op"));
    }

    [Test]
    public void TextGroupsResourcesByModuleAndBannersDeletesAndReplaces()
    {
        var plan = TerraformPlanReader.Read(PlanFiles.FixturePath("tfcompliance_aws_lambda_deletes_drift_tf1.0.json"));

        var text = TextPreviewRenderer.Render(TerraformChangeSets.From(plan, "test"), "dev");

        Assert.That(text, Does.Contain("!! 2 resources will be DELETED: aws_cloudwatch_event_rule.Metricos_custom_alert_schedule_frequent[0]"));
        Assert.That(text, Does.Contain("15 resources changed outside the engine"), "drift is reported");
        Assert.That(text.IndexOf("Summary:", StringComparison.Ordinal), Is.LessThan(text.IndexOf("(root)", StringComparison.Ordinal)), "summary comes before details");
    }

    [Test]
    public void TheSensitiveAttributeOfARealFixtureIsMaskedInEveryFormat()
    {
        var changes = TerraformChangeSets.From(TerraformPlanReader.Read(PlanFiles.FixturePath("tfjson_checks_sensitive_tf1.5.json")), "test");

        foreach (var format in Enum.GetValues<PreviewFormat>())
        {
            Assert.That(PreviewRenderer.Render(changes, "dev", format), Does.Contain("(sensitive value)"), $"{format} must show sensitive_content as masked");
        }
    }

    [Test]
    public void SensitiveValuesNeverAppearInAnyFormat()
    {
        var change = PlanFiles.Change("aws_lambda_function.f", "update");
        var body = (JObject)change["change"]!;
        body["before"] = JObject.Parse("""{"environment":[{"variables":{"TOKEN":"before-s3cr3t"}}],"name":"f"}""");
        body["after"] = JObject.Parse("""{"environment":[{"variables":{"TOKEN":"after-s3cr3t"}}],"name":"g"}""");
        body["before_sensitive"] = JObject.Parse("""{"environment":[{"variables":{"TOKEN":true}}]}""");
        body["after_sensitive"] = JObject.Parse("""{"environment":[{"variables":{"TOKEN":true}}]}""");
        var plan = PlanFiles.DevPlan(change);
        plan["output_changes"] = JObject.Parse("""{"token":{"actions":["update"],"before":"out-s3cr3t","after":"out2-s3cr3t","after_unknown":false,"before_sensitive":true,"after_sensitive":true}}""");
        var changes = PlanFile.Load(PlanFiles.Write(plan.ToString())).ToChangeSet();

        foreach (var format in Enum.GetValues<PreviewFormat>())
        {
            var text = PreviewRenderer.Render(changes, "dev", format);
            Assert.That(text, Does.Not.Contain("s3cr3t"), $"{format} leaked a sensitive value");
            Assert.That(text, Does.Contain("(sensitive value)").And.Contain("token"), $"{format} should list the masked attribute and output");
        }
    }

    [Test]
    public void JsonIsValidWithSortedKeysAndMaskedValues()
    {
        var plan = TerraformPlanReader.Read(PlanFiles.FixturePath("tofu_replace_sensitive.json"));

        var json = JObject.Parse(JsonPreviewRenderer.Render(TerraformChangeSets.From(plan, "test"), "dev"));

        Assert.That(json.Properties().Select(p => p.Name), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "keys are sorted");
        Assert.That(json["summary"]!["replace"]!.Value<int>(), Is.EqualTo(1));
        Assert.That(json["changes"]![0]!["attributes"]![0]!["forces_replacement"]!.Value<bool>(), Is.True);
    }

    [Test]
    public void AnEmptyPlanSaysNoChanges()
    {
        Assert.That(TextPreviewRenderer.Render(new ChangeSet("test", []), "dev"), Does.EndWith("No changes.\n"));
    }
}
