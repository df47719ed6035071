using Infra.Synthesis;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;
using static Infra.Tests.Synthesis.ProdProtectionPromise;

namespace Infra.Tests.Synthesis;

/// <summary>
/// Prod's protection is checked against what the config and the committed inventory promise, so that a resource
/// removed from the program, or protection turned off in the config, fails here instead of passing unseen.
/// </summary>
public class ProdProtectionPromiseTests
{
    private const string OrdersTable = "aws_dynamodb_table.orders_table";

    private static JObject CommittedTerraform() => JObject.Parse(File.ReadAllText(RepositoryFiles.PathOf(TerraformMain)));

    private static YamlMappingNode CommittedPulumi() => ParseYaml(File.ReadAllText(RepositoryFiles.PathOf(PulumiMain)));

    [Test]
    public void CommittedProdKeepsEveryInventoriedAndStatefulResourceProtectedInBothEngines()
    {
        var inventory = ProtectedInventory.Read(RepositoryFiles.Root);

        var problems = Problems(RepositoryFiles.Root, inventory, CommittedTerraform(), CommittedPulumi());

        Assert.Multiple(() =>
        {
            Assert.That(inventory, Does.Contain(OrdersTable), $"{ProtectedInventory.Path} must list prod's protected resources, the orders table among them");
            Assert.That(problems, Is.Empty, "prod breaks its protection promise:\n" + string.Join("\n", problems));
        });
    }

    [Test]
    public void AListedResourceRemovedFromTheProdProgramFailsInBothEngines()
    {
        var terraform = CommittedTerraform();
        var pulumi = CommittedPulumi();
        ((JObject)terraform["resource"]!["aws_dynamodb_table"]!).Remove("orders_table");
        ((YamlMappingNode)pulumi["resources"]).Children.Remove(new YamlScalarNode("orders-table"));

        var problems = Problems(RepositoryFiles.Root, ProtectedInventory.Read(RepositoryFiles.Root), terraform, pulumi);

        Assert.That(problems, Is.SupersetOf(new[]
        {
            $"Terraform: {OrdersTable} is gone from {TerraformMain}",
            $"Pulumi: {OrdersTable} is gone from {PulumiMain}",
        }), "removing an inventoried table must be reported for both engines; got:\n" + string.Join("\n", problems));
    }

    [Test]
    public void AListedResourceTheProgramNeverHadFails()
    {
        var inventory = ProtectedInventory.Read(RepositoryFiles.Root).Append("aws_s3_bucket.retired_bucket").ToList();

        var problems = Problems(RepositoryFiles.Root, inventory, CommittedTerraform(), CommittedPulumi());

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"Terraform: aws_s3_bucket.retired_bucket is gone from {TerraformMain}",
            $"Pulumi: aws_s3_bucket.retired_bucket is gone from {PulumiMain}",
        }), "an inventoried resource missing from prod must fail until a human removes its line");
    }

    [Test]
    public void ProdProtectionTurnedOffInTheConfigFailsForTheConfigAndEveryListedResource()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "bbws:protect: true", "bbws:protect: false");
        var (terraform, pulumi) = Synthesize(repo.Root);
        var inventory = ProtectedInventory.Read(repo.Root);

        var problems = Problems(repo.Root, inventory, terraform, pulumi);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Does.Contain("Pulumi.prod.yaml: bbws:protect is 'false', prod must set it to true"), "the config's promise is checked first-hand");
            Assert.That(problems, Does.Contain($"Pulumi: {OrdersTable} has no 'protect: true' in {PulumiMain}"), "the Pulumi program must be checked against the promise, not against its own flags");
            Assert.That(problems, Does.Contain($"Terraform: {OrdersTable} has no literal lifecycle.prevent_destroy = true in {TerraformMain}"), "the Terraform root must be checked against the promise");
        });
    }

    [Test]
    public void StatefulResourcesAreCheckedEvenWhenTheInventoryIsEmpty()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "bbws:protect: true", "bbws:protect: false");
        var (terraform, pulumi) = Synthesize(repo.Root);

        var problems = Problems(repo.Root, [], terraform, pulumi);

        Assert.That(problems.Where(p => p.StartsWith("Pulumi: ", StringComparison.Ordinal)).Select(p => p.Split(' ')[1].Split('.')[0]).Distinct(),
            Is.SupersetOf(new[] { "aws_s3_bucket", "aws_dynamodb_table", "aws_kms_key", "aws_cloudwatch_log_group", "aws_sqs_queue" }),
            "every stateful type must be protected in Pulumi whatever the inventory lists; got:\n" + string.Join("\n", problems));
    }

    // The prod main root as a synth of that repository writes it (the rules refuse it; the emitters still run).
    private static (JObject Terraform, YamlMappingNode Pulumi) Synthesize(string root)
    {
        var files = Synthesizer.Run(Testing.TestApp.Platform, root, "prod").Files;
        return (JObject.Parse(files.Single(f => f.Path.Value == TerraformMain).Content), ParseYaml(files.Single(f => f.Path.Value == PulumiMain).Content));
    }
}
