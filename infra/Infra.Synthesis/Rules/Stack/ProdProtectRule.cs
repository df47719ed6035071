using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>
/// PROD-PROTECT: in prod, every stateful resource (buckets, tables, keys, log groups, secrets) is protected
/// from deletion by the engine, DynamoDB deletion protection is on and no bucket is force-destroyable.
/// </summary>
public sealed class ProdProtectRule() : Rule(
    RuleId,
    "In prod every stateful resource is protected, DynamoDB deletion protection is on and S3 force_destroy is off.",
    "Nothing in PROD may be destroyed by a deploy: prevent_destroy stops the engine, deletion protection stops the API, and the plan gate covers removed blocks.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "PROD-PROTECT";

    /// <summary>The name of the production stack.</summary>
    public const string ProductionStack = "prod";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        if (stack.Name != ProductionStack)
        {
            yield break;
        }

        foreach (var resource in stack.Roots.SelectMany(r => r.CustomResources).Where(r => r.IsStateful))
        {
            if (!resource.Options.Protect)
            {
                yield return Finding(resource, "this stateful resource is not protected: pass Protect = true (config bbws:protect: true in Pulumi.prod.yaml) so that prevent_destroy and Pulumi protect are set.");
            }

            if (!resource.Options.RetainOnDelete)
            {
                yield return Finding(resource, "RetainOnDelete is off: set it with Protect, so that removing the resource from the program leaves the data in place.");
            }

            if (resource is DynamoDbTable { Args.DeletionProtectionEnabled: not true })
            {
                yield return Finding(resource, "deletion_protection_enabled is false: set DeletionProtectionEnabled = true.");
            }

            if (resource is S3Bucket { Args.ForceDestroy: true })
            {
                yield return Finding(resource, "force_destroy is true, which deletes every object on destroy: set ForceDestroy = false.");
            }
        }
    }
}
