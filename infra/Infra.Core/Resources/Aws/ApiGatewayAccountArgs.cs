using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="ApiGatewayAccount"/>.</summary>
public sealed record ApiGatewayAccountArgs
{
    /// <summary>The role API Gateway uses to write logs to CloudWatch.</summary>
    [Input("cloudwatch_role_arn")]
    public required Input<string> CloudWatchRoleArn { get; init; }
}
