using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-AUTH: Every API Gateway method requires authorization, or is suppressed with the reason it is public.</summary>
public sealed class ApiGatewayAuthorizationRule() : Rule(
    RuleId,
    "Every API Gateway method requires authorization, or is suppressed with the reason it is public.",
    "A method with authorization NONE is open to the internet; that must be a decision written down, never a default.",
    checkovIds: ["CKV_AWS_59"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-AUTH";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<ApiGatewayMethod>()
            .Where(m => m.Args.Authorization == "NONE")
            .Select(m => Finding(m, $"{m.Args.HttpMethod} method {m.Name} requires no authorization: use AWS_IAM (the default) or an authorizer, or suppress APIGW-AUTH on the route with the reason it is public."));
}
