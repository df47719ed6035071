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
    public void APlanThatTurnsOffATablesDeletionProtectionHasAProtectionBannerInEveryFormat()
    {
        var table = PlanFiles.Change("aws_dynamodb_table.orders", "update");
        table["change"]!["before"] = JObject.Parse("""{"name":"orders","deletion_protection_enabled":true}""");
        table["change"]!["after"] = JObject.Parse("""{"name":"orders","deletion_protection_enabled":false}""");
        var bucket = PlanFiles.Change("aws_s3_bucket.logs", "update");
        bucket["change"]!["before"] = JObject.Parse("""{"bucket":"logs","force_destroy":true}""");
        bucket["change"]!["after"] = JObject.Parse("""{"bucket":"logs","force_destroy":false}""");
        var changes = PlanFile.Load(PlanFiles.Write(PlanFiles.DevPlan(table, bucket).ToString())).ToChangeSet();

        Assert.That(changes.ProtectionChanges, Is.EqualTo(new[]
        {
            new ProtectionChange("aws_dynamodb_table.orders", "deletion_protection_enabled turned off", Weakened: true),
            new ProtectionChange("aws_s3_bucket.logs", "force_destroy turned off", Weakened: false),
        }), "the plan's attributes carry both protections");
        Assert.Multiple(() =>
        {
            Assert.That(TextPreviewRenderer.Render(changes, "dev"), Does.Contain("!! PROTECTION LOST: aws_dynamodb_table.orders: deletion_protection_enabled turned off").And.Contain("NOTE: Protection added: aws_s3_bucket.logs: force_destroy turned off."));
            Assert.That(MarkdownPreviewRenderer.Render(changes, "dev"), Does.Contain("> [!CAUTION]\n> **PROTECTION LOST: aws_dynamodb_table.orders"));
            var json = JObject.Parse(JsonPreviewRenderer.Render(changes, "dev"));
            Assert.That(json["protection_changes"]![0]!["weakened"]!.Value<bool>(), Is.True, "json lists the protection changes");
            Assert.That(json["banners"]!.Values<string>(), Has.Some.StartsWith("PROTECTION LOST"));
        });
    }

    [Test]
    public void AProtectionChangeAloneIsNotNoChanges()
    {
        var changes = new ChangeSet("test", [new PlannedChange("aws_lambda_function.f", string.Empty, "aws_lambda_function", ChangeKind.NoOp, ["no-op"])])
        {
            ProtectionChanges = [new ProtectionChange("aws_lambda_function.f", "lifecycle.prevent_destroy = true removed", Weakened: true)],
        };

        foreach (var format in Enum.GetValues<PreviewFormat>())
        {
            var text = PreviewRenderer.Render(changes, "prod", format);
            Assert.That(text, Does.Not.Contain("No changes"), $"{format}: a lost protection is a change a reviewer must see");
            Assert.That(text, Does.Contain("aws_lambda_function.f").And.Contain("lifecycle.prevent_destroy = true removed"), $"{format}: the lost protection must be named");
        }
    }

    [Test]
    public void PlanOutputChangesAreShownInEveryFormatAndFillTheJsonOutputs()
    {
        var plan = PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.b", "update"));
        plan["output_changes"] = JObject.Parse("""{"endpoint":{"actions":["update"],"before":"https://a","after":"https://b","after_unknown":false,"before_sensitive":false,"after_sensitive":false},"gone":{"actions":["delete"],"before":"x","after":null,"after_unknown":false,"before_sensitive":false,"after_sensitive":false}}""");
        var changes = PlanFile.Load(PlanFiles.Write(plan.ToString())).ToChangeSet();

        Assert.Multiple(() =>
        {
            Assert.That(TextPreviewRenderer.Render(changes, "dev"), Does.Contain("~ endpoint: \"https://a\" → \"https://b\""));
            Assert.That(MarkdownPreviewRenderer.Render(changes, "dev"), Does.Contain("**Outputs**").And.Contain("~ endpoint: \"https://a\" → \"https://b\""));
            var outputs = (JArray)JObject.Parse(JsonPreviewRenderer.Render(changes, "dev"))["outputs"]!;
            Assert.That(outputs.Select(o => o["path"]!.Value<string>()), Is.EqualTo(new[] { "endpoint", "gone" }), "the json preview's outputs must be filled");
        });
    }

    [Test]
    public void APolicyChangeShowsStatementByStatementInEveryFormat()
    {
        var role = PlanFiles.Change("aws_iam_role_policy.p", "update");
        var before = """{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Action":["s3:GetObject"],"Resource":"*"}]}""";
        role["change"]!["before"] = new JObject { ["policy"] = before };
        role["change"]!["after"] = new JObject { ["policy"] = before.Replace("[\"s3:GetObject\"]", "[\"s3:GetObject\",\"s3:DeleteObject\"]", StringComparison.Ordinal) };
        var changes = PlanFile.Load(PlanFiles.Write(PlanFiles.DevPlan(role).ToString())).ToChangeSet();

        foreach (var format in Enum.GetValues<PreviewFormat>())
        {
            Assert.That(PreviewRenderer.Render(changes, "dev", format), Does.Contain("statement \\\"Read\\\": actions added: s3:DeleteObject").Or.Contain("statement \"Read\": actions added: s3:DeleteObject"), $"{format} must name the added action");
        }
    }

    [Test]
    public void ACutCommentKeepsEveryPolicyChangeAndSaysWhatWasCut()
    {
        var policy = """{"Statement":[{"Sid":"S","Effect":"Allow","Action":["a:A"],"Resource":"*"}]}""";
        var changed = policy.Replace("[\"a:A\"]", "[\"a:A\",\"a:Added\"]", StringComparison.Ordinal);
        var filler = Many(3000).Changes;
        var risky = new PlannedChange("aws_iam_role_policy.zz_last", "module.z", "aws_iam_role_policy", ChangeKind.Update, ["update"])
        {
            Attributes =
            [
                new AttributeChange("name", AttributeValue.Known("\"a\""), AttributeValue.Known("\"b\"")),
                new AttributeChange("policy", AttributeValue.Known(Newtonsoft.Json.JsonConvert.ToString(policy)), AttributeValue.Known(Newtonsoft.Json.JsonConvert.ToString(changed))),
            ],
        };

        var markdown = MarkdownPreviewRenderer.Render(new ChangeSet("test", [.. filler, risky]), "prod");

        Assert.Multiple(() =>
        {
            Assert.That(markdown.Length, Is.LessThanOrEqualTo(MarkdownPreviewRenderer.MaxCharacters), "the comment must fit");
            Assert.That(markdown, Does.Contain("Details cut"), "test setup: the details must not fit");
            Assert.That(markdown, Does.Contain("~ aws_iam_role_policy.zz_last (update; policy changes only, other details cut)"), "a cut resource with a policy change keeps its line");
            Assert.That(markdown, Does.Contain("statement \"S\": actions added: a:Added"), "the policy change must survive the cut");
            Assert.That(markdown, Does.Not.Contain("~ name: \"a\" → \"b\""), "its other details are cut");
            Assert.That(markdown, Does.Contain("(1 of them shown with their policy changes only)"), "the note must say what was cut");
            Assert.That(markdown.Split("```").Length % 2, Is.EqualTo(1), "every code fence must be closed");
        });
    }

    [Test]
    public void PolicyChangesThatAloneOverflowTheCommentAreCountedNotWrittenPastTheCap()
    {
        var policy = """{"Statement":[{"Sid":"S","Effect":"Allow","Action":["a:A"],"Resource":"*"}]}""";
        var changed = policy.Replace("[\"a:A\"]", "[\"a:A\",\"a:" + new string('x', 200) + "\"]", StringComparison.Ordinal);
        var changes = new ChangeSet("test", Enumerable.Range(0, 1000).Select(i => new PlannedChange($"aws_iam_policy.p{i:D4}", string.Empty, "aws_iam_policy", ChangeKind.Update, ["update"])
        {
            Attributes = [new AttributeChange("policy", AttributeValue.Known(Newtonsoft.Json.JsonConvert.ToString(policy)), AttributeValue.Known(Newtonsoft.Json.JsonConvert.ToString(changed)))],
        }).ToList());

        var markdown = MarkdownPreviewRenderer.Render(changes, "prod");

        Assert.Multiple(() =>
        {
            Assert.That(markdown.Length, Is.LessThanOrEqualTo(MarkdownPreviewRenderer.MaxCharacters), "GitHub's limit holds even then");
            Assert.That(markdown, Does.Match(@"the policy changes of \d+ of them too: alone they would not fit"), "the note must count the policy changes left out");
            Assert.That(markdown, Does.Not.Contain("policy changes above are complete"), "the note must not claim the policy changes are complete");
        });
    }

    [Test]
    public void UnchangedResourcesAreCountedAndListedOnlyWhenAsked()
    {
        var changes = new ChangeSet("test", [
            new PlannedChange("aws_s3_bucket.same", string.Empty, "aws_s3_bucket", ChangeKind.NoOp, ["no-op"]),
            new PlannedChange("aws_s3_bucket.new", string.Empty, "aws_s3_bucket", ChangeKind.Create, ["create"]),
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(TextPreviewRenderer.Render(changes, "dev"), Does.Contain("1 resource unchanged, not listed (--show-unchanged lists them).").And.Not.Contain("aws_s3_bucket.same"));
            Assert.That(TextPreviewRenderer.Render(changes, "dev", showUnchanged: true), Does.Contain("1 resource unchanged:\n  aws_s3_bucket.same\n"));
            Assert.That(MarkdownPreviewRenderer.Render(changes, "dev", showUnchanged: true), Does.Contain("aws_s3_bucket.same"));
            var json = JObject.Parse(JsonPreviewRenderer.Render(changes, "dev"));
            Assert.That((json["unchanged"]!["count"]!.Value<int>(), json["unchanged"]!["addresses"]), Is.EqualTo((1, (JToken?)null)), "json counts unchanged resources, and lists them only when asked");
            Assert.That(JObject.Parse(JsonPreviewRenderer.Render(changes, "dev", showUnchanged: true))["unchanged"]!["addresses"]!.Values<string>(), Is.EqualTo(new[] { "aws_s3_bucket.same" }));
        });
    }

    [Test]
    public void AnEmptyPlanSaysNoChanges()
    {
        Assert.That(TextPreviewRenderer.Render(new ChangeSet("test", []), "dev"), Does.EndWith("No changes.\n"));
    }
}
