using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-REQUEST-VALIDATION: Every API Gateway method names a request validator.</summary>
public sealed class ApiGatewayRequestValidationRule() : Rule(
    RuleId,
    "Every API Gateway method names a request validator (request_validator_id).",
    "A request validator lets API Gateway refuse a request with missing parameters or a body that breaks its model before it reaches (and is billed to) the backend.",
    checkovIds: ["CKV2_AWS_53"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-REQUEST-VALIDATION";

    // Ported from checkov's graph check APIGatewayRequestParameterValidationEnabled (Apache-2.0): the attribute
    // request_validator_id exists on every aws_api_gateway_method.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<ApiGatewayMethod>()
            .Where(m => m.Args.RequestValidatorId is null)
            .Select(m => Finding(m, $"method {m.Args.HttpMethod} {m.Name} has no request validator: set RequestValidatorId to an aws_api_gateway_request_validator, or accept it where the backend validates the request."));
}
