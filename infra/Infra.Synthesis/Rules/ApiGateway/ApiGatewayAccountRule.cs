using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>
/// APIGW-ACCOUNT: a stage that logs (access logs, or method settings with a logging level) has the account-level
/// CloudWatch role set before it: an <c>aws_api_gateway_account</c> with <c>cloudwatch_role_arn</c> in the stack,
/// which the stage depends on, and which is protected (provider v6 resets the account settings on destroy).
/// </summary>
public sealed class ApiGatewayAccountRule() : Rule(
    RuleId,
    "A logging API Gateway stage depends on a protected aws_api_gateway_account that sets the CloudWatch role.",
    "Without the account-level role, creating a logging stage fails with 'CloudWatch Logs role ARN must be set in account settings' (playbook Lesson 7).")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-ACCOUNT";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var accounts = stack.ResourcesOf<ApiGatewayAccount>().ToList();
        foreach (var account in accounts.Where(a => !a.Options.Protect))
        {
            yield return Finding(account, "aws_api_gateway_account is not protected: AWS provider v6 resets the account's API Gateway settings when it is destroyed; pass Protect = true in every stack.");
        }

        var logging = stack.ResourcesOf<ApiGatewayMethodSettings>()
            .Where(s => s.Args.Settings.LoggingLevel is not "OFF")
            .Select(s => s.Args.StageName.Output?.Expression)
            .OfType<AttributeReference>()
            .Select(r => r.Resource)
            .ToHashSet();
        foreach (var stage in stack.ResourcesOf<ApiGatewayStage>().Where(s => s.Args.AccessLogSettings is not null || logging.Contains(s)))
        {
            if (accounts.Count == 0)
            {
                yield return Finding(stage, $"stage {stage.Args.StageName} writes logs, but stack {stack.Name} sets no CloudWatch role for API Gateway: add an ApiGatewayCloudWatchAccount and pass it to the API.");
            }
            else if (!accounts.Any(a => DependsOn(stage, a)))
            {
                yield return Finding(stage, $"stage {stage.Args.StageName} writes logs but does not depend on the aws_api_gateway_account: add it to the stage's DependsOn so the role is set first.");
            }
        }
    }

    private static bool DependsOn(Resource resource, CustomResource target) =>
        resource.Options.DependsOn.Any(d => d == target || (d is ComponentResource c && Contains(c, target)));

    private static bool Contains(ComponentResource component, Resource target) =>
        component.Children.Any(c => c == target || (c is ComponentResource inner && Contains(inner, target)));
}
