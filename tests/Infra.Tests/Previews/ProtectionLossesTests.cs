using Infra.Previews;

namespace Infra.Tests.Previews;

public class ProtectionLossesTests
{
    private const string TerraformPath = "stacks/prod/terraform/main.tf.json";
    private const string PulumiPath = "stacks/prod/pulumi/Main.yaml";

    private static string Terraform(string resources) => $$"""{ "resource": { {{resources}} } }""";

    [Test]
    public void RemovingPreventDestroyIsALossNamingTheAddress()
    {
        var before = Terraform("""
            "aws_dynamodb_table": { "orders": { "name": "orders", "lifecycle": { "prevent_destroy": true } } }
            """);
        var after = Terraform("""
            "aws_dynamodb_table": { "orders": { "name": "orders" } }
            """);

        var losses = ProtectionLosses.FromTerraform(before, after, TerraformPath);

        Assert.That(losses.Select(l => (l.Address, l.Lost)), Is.EqualTo(new[] { ("aws_dynamodb_table.orders", "lifecycle.prevent_destroy = true removed") }), "a dropped prevent_destroy must be reported at its address");
    }

    [Test]
    public void TurningOffDynamodbDeletionProtectionAndTurningOnS3ForceDestroyAreLosses()
    {
        var before = Terraform("""
            "aws_dynamodb_table": { "orders": { "deletion_protection_enabled": true } },
            "aws_s3_bucket": { "data": { "bucket": "data" } }
            """);
        var after = Terraform("""
            "aws_dynamodb_table": { "orders": { "deletion_protection_enabled": false } },
            "aws_s3_bucket": { "data": { "bucket": "data", "force_destroy": true } }
            """);

        var losses = ProtectionLosses.FromTerraform(before, after, TerraformPath);

        Assert.That(losses.Select(l => l.Address + ": " + l.Lost), Is.EqualTo(new[]
        {
            "aws_dynamodb_table.orders: deletion_protection_enabled turned off",
            "aws_s3_bucket.data: force_destroy turned on (a destroy empties the bucket)",
        }));
    }

    [Test]
    public void UnchangedOrStrengthenedProtectionIsNoLossAndRemovedResourcesAreLeftToTheDeleteRules()
    {
        var before = Terraform("""
            "aws_dynamodb_table": { "orders": { "deletion_protection_enabled": false }, "gone": { "lifecycle": { "prevent_destroy": true } } },
            "aws_s3_bucket": { "data": { "force_destroy": true, "lifecycle": { "prevent_destroy": true } } }
            """);
        var after = Terraform("""
            "aws_dynamodb_table": { "orders": { "deletion_protection_enabled": true, "lifecycle": { "prevent_destroy": true } } },
            "aws_s3_bucket": { "data": { "force_destroy": false, "lifecycle": { "prevent_destroy": true } } }
            """);

        Assert.That(ProtectionLosses.FromTerraform(before, after, TerraformPath), Is.Empty, "only a weakened protection of a resource that still exists is a protection loss");
    }

    [Test]
    public void DroppingPulumiProtectOrRetainOnDeleteIsALoss()
    {
        const string before = """
            resources:
              orders-table:
                type: aws:dynamodb/table:Table
                options:
                  protect: true
                  retainOnDelete: true
              other:
                type: aws:s3/bucketV2:BucketV2
                options:
                  protect: true
            """;
        const string after = """
            resources:
              orders-table:
                type: aws:dynamodb/table:Table
                options:
                  provider: ${aws}
              other:
                type: aws:s3/bucketV2:BucketV2
                options:
                  protect: true
            """;

        var losses = ProtectionLosses.FromPulumi(before, after, PulumiPath);

        Assert.That(losses.Select(l => l.Address + ": " + l.Lost), Is.EqualTo(new[]
        {
            "orders-table: Pulumi protect = true removed",
            "orders-table: Pulumi retainOnDelete = true removed",
        }));
    }

    [Test]
    public void AMalformedBaseNamesTheFile()
    {
        var error = Assert.Throws<InfraException>(() => ProtectionLosses.FromTerraform("{ not json", Terraform(string.Empty), TerraformPath));

        Assert.That(error!.Message, Does.Contain(TerraformPath).And.Contain("--base"), "the message must name the file and the fix");
    }
}
