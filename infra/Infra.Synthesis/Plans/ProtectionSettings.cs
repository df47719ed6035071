using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// The protection settings a preview compares, and how it words their changes; the same words in every preview and
/// in the pull-request gate.
/// </summary>
public static class ProtectionSettings
{
    /// <summary>The protection changes between two attribute sets of one resource of <paramref name="type"/> (Terraform type or Pulumi token).</summary>
    public static IReadOnlyList<ProtectionChange> Compare(string address, string type, JToken? before, JToken? after)
    {
        if (before is not JObject old || after is not JObject now)
        {
            return [];
        }

        var changes = new List<ProtectionChange>();
        switch (type)
        {
            case "aws_dynamodb_table":
                Toggle(changes, address, old["deletion_protection_enabled"], now["deletion_protection_enabled"], "deletion_protection_enabled", protectsWhen: true);
                break;
            case "aws:dynamodb/table:Table":
                Toggle(changes, address, old["deletionProtectionEnabled"], now["deletionProtectionEnabled"], "deletionProtectionEnabled", protectsWhen: true);
                break;
            case "aws_s3_bucket":
                Toggle(changes, address, old["force_destroy"], now["force_destroy"], "force_destroy", protectsWhen: false);
                break;
            case "aws:s3/bucket:Bucket" or "aws:s3/bucketV2:BucketV2":
                Toggle(changes, address, old["forceDestroy"], now["forceDestroy"], "forceDestroy", protectsWhen: false);
                break;
        }

        return changes;
    }

    /// <summary>The change of a flag that protects when true (<c>lifecycle.prevent_destroy</c>, Pulumi <c>protect</c>), or null when it did not change.</summary>
    public static ProtectionChange? Flag(string address, string name, bool before, bool after) =>
        before == after ? null : new ProtectionChange(address, $"{name} = true {(before ? "removed" : "added")}", Weakened: before);

    private static void Toggle(List<ProtectionChange> changes, string address, JToken? before, JToken? after, string name, bool protectsWhen)
    {
        var was = PlanJson.IsTrue(before) == protectsWhen;
        var now = PlanJson.IsTrue(after) == protectsWhen;
        if (was == now)
        {
            return;
        }

        // force_destroy protects when false: turning it on is the loss.
        var turned = PlanJson.IsTrue(after) ? "turned on" : "turned off";
        var consequence = !protectsWhen && PlanJson.IsTrue(after) ? " (a destroy empties the bucket)" : string.Empty;
        changes.Add(new ProtectionChange(address, $"{name} {turned}{consequence}", Weakened: was));
    }
}
