using Infra.Plans;
using Infra.Previews;
using Infra.Synthesis;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Previews;

public class OfflinePreviewTests
{
    private static OfflinePreviewResult Preview(TestRepository repo, string stack, Func<string, string?> readBase)
    {
        var synthesis = Synthesizer.Run(Testing.TestApp.Platform, repo.Root, stack);
        return OfflinePreview.Compute(synthesis, synthesis.Stacks.Single(), readBase, "test base");
    }

    private static TestRepository Synthesized()
    {
        var repo = TestRepository.CopyOfReal();
        OutputWriter.Write(repo.Root, Synthesizer.Run(Testing.TestApp.Platform, repo.Root));
        return repo;
    }

    private static Func<string, string?> Disk(TestRepository repo) =>
        path => File.Exists(Path.Combine(repo.Root, path)) ? File.ReadAllText(Path.Combine(repo.Root, path)) : null;

    [Test]
    public void AFreshCloneShowsEverythingUnchanged()
    {
        using var repo = Synthesized();

        var preview = Preview(repo, "dev", Disk(repo));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Changes.Changes, Is.Not.Empty);
            Assert.That(preview.Changes.Changes.Select(c => c.Kind).Distinct(), Is.EqualTo(new[] { ChangeKind.NoOp }), "committed output equals a fresh synth");
        });
    }

    [Test]
    public void WithoutABaselineEverythingIsCreatedUnderItsComponent()
    {
        using var repo = TestRepository.CopyOfReal();

        var preview = Preview(repo, "sit", _ => null);

        Assert.Multiple(() =>
        {
            Assert.That(preview.Changes.Summary.Create, Is.EqualTo(preview.Changes.Changes.Count), "nothing exists yet");
            var stateBucket = preview.Changes.Changes.Single(c => c.Address == "aws_s3_bucket.state_bucket");
            Assert.That(stateBucket.Group, Is.EqualTo("state/state-bucket"), "the group is the component path");
            Assert.That(preview.Tree.Select(t => t.Name), Is.EqualTo(new[] { "bbws-bootstrap-sit", "bbws-sit" }), "one tree per root, bootstrap first");
        });
    }

    [Test]
    public void AConfigChangeIsAnUpdateWithBeforeAndAfter()
    {
        using var repo = Synthesized();
        repo.Replace("Pulumi.dev.yaml", "bbws:logRetentionDays: 14", "bbws:logRetentionDays: 30");

        var preview = Preview(repo, "dev", Disk(repo));
        var logs = preview.Changes.Changes.Where(c => c.Address.StartsWith("aws_cloudwatch_log_group.", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(logs, Is.Not.Empty);
            Assert.That(logs.Select(c => c.Kind).Distinct(), Is.EqualTo(new[] { ChangeKind.Update }));
            var retention = logs[0].Attributes.Single();
            Assert.That((retention.Path, retention.Before.Display, retention.After.Display), Is.EqualTo(("retention_in_days", "14", "30")));
        });
    }

    [Test]
    public void RenamingAPhysicalNameIsAReplaceOfAProtectedResourceInProd()
    {
        using var repo = Synthesized();
        repo.Replace("Pulumi.yaml", "default: 2-1-bbws\n", "default: 2-2-bbws\n");

        var preview = Preview(repo, "prod", Disk(repo));
        var table = preview.Changes.Changes.Single(c => c.Address == "aws_dynamodb_table.state_lock_table");

        Assert.Multiple(() =>
        {
            Assert.That(table.Kind, Is.EqualTo(ChangeKind.Replace), "a new table name forces a new table");
            Assert.That(table.Protected, Is.True, "prod's lock table is protected");
            Assert.That(table.Attributes.Single(a => a.Path == "name").ForcesReplacement, Is.True);
        });
    }

    // A PROD-PROTECT suppression removes prevent_destroy and nothing else: no attribute of the cloud object changes,
    // yet the preview used to say "No changes".
    [Test]
    public void ARemovedPreventDestroyIsALostProtectionNotNoChanges()
    {
        using var repo = Synthesized();
        var path = "stacks/prod/terraform/main.tf.json";
        var module = JObject.Parse(repo.Read(path));
        module["resource"]!["aws_lambda_function"]!["order_processor_function"]!["lifecycle"] = new JObject { ["prevent_destroy"] = true };
        var baseline = module.ToString();

        var preview = Preview(repo, "prod", p => p == path ? baseline : Disk(repo)(p));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Changes.ProtectionChanges, Is.EqualTo(new[] { new ProtectionChange("aws_lambda_function.order_processor_function", "lifecycle.prevent_destroy = true removed", Weakened: true) }));
            Assert.That(PreviewRenderer.Render(preview.Changes, "prod", PreviewFormat.Markdown), Does.Not.Contain("No changes").And.Contain("PROTECTION LOST: aws_lambda_function.order_processor_function"));
        });
    }

    [Test]
    public void TheRootsOutputsAreCompared()
    {
        using var repo = Synthesized();
        var path = "stacks/dev/terraform/main.tf.json";
        var module = JObject.Parse(repo.Read(path));
        var outputs = (JObject)module["output"]!;
        var first = outputs.Properties().First();
        first.Value["value"] = "changed";
        outputs["removed_output"] = new JObject { ["value"] = "old" };
        var baseline = module.ToString();

        var preview = Preview(repo, "dev", p => p == path ? baseline : Disk(repo)(p));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Changes.OutputChanges.Select(o => o.Path), Is.EqualTo(new[] { first.Name, "removed_output" }).AsCollection, "the changed and the removed output, nothing else");
            Assert.That(preview.Changes.OutputChanges.Single(o => o.Path == "removed_output").After, Is.EqualTo(AttributeValue.Absent));
        });
    }

    [Test]
    public void AGeneratedPolicyIsComparedStatementByStatement()
    {
        using var repo = Synthesized();
        var path = "stacks/prod/terraform/main.tf.json";
        var module = JObject.Parse(repo.Read(path));
        var policy = module["resource"]!["aws_iam_role_policy"]!["order_processor_policy"]!;
        policy["policy"] = policy["policy"]!.Value<string>()!.Replace("\"dynamodb:PutItem\"]", "\"dynamodb:PutItem\", \"dynamodb:DeleteItem\"]", StringComparison.Ordinal);
        var baseline = module.ToString();

        var preview = Preview(repo, "prod", p => p == path ? baseline : Disk(repo)(p));
        var change = preview.Changes.Changes.Single(c => c.Kind != ChangeKind.NoOp);

        Assert.That(PreviewLines.AttributeLines(change.Attributes.Single()), Is.EqualTo(new[]
        {
            "~ policy: policy document changed (evaluated at plan time)",
            "statement \"StoreOrders\": actions removed: dynamodb:DeleteItem",
        }));
    }

    [Test]
    public void AResourceOnlyInTheBaselineIsDeletedAndShownUnderItsOldComponent()
    {
        using var repo = Synthesized();
        var path = "stacks/dev/terraform/main.tf.json";
        var baseline = repo.Read(path).Replace("\"aws_kms_alias\": {", "\"aws_kms_alias\": {\n      \"old_alias\": {\n        \"//\": \"retired-key (bbws:security:EncryptionKey)\",\n        \"name\": \"alias/old\",\n        \"target_key_id\": \"x\"\n      },", StringComparison.Ordinal);

        var preview = Preview(repo, "dev", p => p == path ? baseline : Disk(repo)(p));
        var deleted = preview.Changes.Changes.Single(c => c.Kind == ChangeKind.Delete);
        var orphan = preview.Tree[1].Children.Single(n => n.Name == "retired-key");

        Assert.Multiple(() =>
        {
            Assert.That(deleted.Address, Is.EqualTo("aws_kms_alias.old_alias"));
            Assert.That(orphan.Children.Single().Change, Is.SameAs(deleted), "the deleted alias hangs under its removed component");
        });
    }
}
