using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-CLIENT-CERT: Every API Gateway REST API stage presents a client certificate to its backend.</summary>
public sealed class ApiGatewayClientCertificateRule() : Rule(
    RuleId,
    "Every API Gateway REST API stage presents a client certificate to its backend (client_certificate_id).",
    "An HTTP backend that checks the stage's client certificate accepts requests from API Gateway only, not from anyone who finds its address.",
    checkovIds: ["CKV2_AWS_51"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-CLIENT-CERT";

    // Ported from checkov's APIGatewayEndpointsUsesCertificateForAuthentication (Apache-2.0), its aws_api_gateway_stage
    // branch: client_certificate_id must exist. Its aws_apigatewayv2_stage branches are not ported: the program
    // builds no HTTP or WebSocket API.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<ApiGatewayStage>()
            .Where(s => s.Args.ClientCertificateId is null)
            .Select(s => Finding(s, $"stage {s.Args.StageName} presents no client certificate to its backend: set ClientCertificateId to an aws_api_gateway_client_certificate the backend verifies, or suppress with the reason the backend needs none (a Lambda proxy integration is invoked through IAM)."));
}
