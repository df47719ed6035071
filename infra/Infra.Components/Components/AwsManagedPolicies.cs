using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// The documents of the AWS-managed policies workload roles attach, as AWS publishes them in the managed policy
/// reference (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/). The workload boundary must allow
/// what they grant, and it is derived from these statements; an attachment of a policy not listed here cannot be
/// bounded and is an error.
/// </summary>
public static class AwsManagedPolicies
{
    private static readonly Dictionary<string, IReadOnlyList<PolicyStatement>> Documents = new(StringComparer.Ordinal)
    {
        [LambdaService.CodeDeployManagedPolicyArn] =
        [
            new PolicyStatement
            {
                Actions = ["cloudwatch:DescribeAlarms", "lambda:GetAlias", "lambda:GetProvisionedConcurrencyConfig", "lambda:UpdateAlias"],
                Resources = ["*"],
                Reason = "AWSCodeDeployRoleForLambdaLimited: CodeDeploy reads the alarms and reads and shifts the alias.",
            },
            new PolicyStatement
            {
                Actions = ["s3:GetObject", "s3:GetObjectVersion"],
                Resources = ["arn:aws:s3:::*/CodeDeploy/*"],
                Reason = "AWSCodeDeployRoleForLambdaLimited: CodeDeploy reads AppSpec files stored under CodeDeploy/.",
            },
            new PolicyStatement
            {
                Actions = ["lambda:InvokeFunction"],
                Resources = ["arn:aws:lambda:*:*:function:CodeDeployHook_*"],
                Reason = "AWSCodeDeployRoleForLambdaLimited: CodeDeploy invokes lifecycle hook functions named CodeDeployHook_*.",
            },
        ],
        [ApiGatewayCloudWatchAccount.PushToCloudWatchPolicyArn] =
        [
            new PolicyStatement
            {
                Actions = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:FilterLogEvents", "logs:GetLogEvents", "logs:PutLogEvents"],
                Resources = ["*"],
                Reason = "AmazonAPIGatewayPushToCloudWatchLogs: API Gateway creates its log groups and streams and writes events.",
            },
        ],
    };

    /// <summary>The ARNs of the policies whose documents are known.</summary>
    public static IEnumerable<string> Known => Documents.Keys.Order(StringComparer.Ordinal);

    /// <summary>The statements of the managed policy <paramref name="policyArn"/>; <paramref name="usedBy"/> names the attachment in the error when it is unknown.</summary>
    public static IReadOnlyList<PolicyStatement> Statements(string policyArn, string usedBy) =>
        Documents.TryGetValue(policyArn, out var statements)
            ? statements
            : throw new InfraException($"{usedBy}: attaches {policyArn}, whose document the workload boundary does not know: add its statements to {nameof(AwsManagedPolicies)} (from the AWS managed policy reference), or grant the role an inline policy instead.");
}
