using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-CREATE-BEFORE-DESTROY: Every API Gateway REST API is replaced create-before-destroy.</summary>
public sealed class ApiGatewayCreateBeforeDestroyRule() : Rule(
    RuleId,
    "Every API Gateway REST API is replaced by creating the new one before destroying the old (lifecycle create_before_destroy).",
    "Terraform otherwise deletes a REST API before creating its replacement, leaving the stack with no API at all while the new one and its stage are built.",
    checkovIds: ["CKV_AWS_237"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-CREATE-BEFORE-DESTROY";

    // Ported from checkov's APIGatewayCreateBeforeDestroy (Apache-2.0): lifecycle create_before_destroy must be true;
    // here the lifecycle block is the resource's options, which the Terraform emitter writes.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<ApiGatewayRestApi>()
            .Where(a => !a.Options.CreateBeforeDestroy)
            .Select(a => Finding(a, $"REST API {a.Name} is replaced destroy-first, an outage for its callers: create it with ResourceOptions.CreateBeforeDestroy = true (LambdaRestApi does)."));
}
