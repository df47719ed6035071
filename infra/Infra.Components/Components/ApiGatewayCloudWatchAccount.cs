using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// The account-level setting API Gateway needs before any stage can log (playbook Lesson 7: "CloudWatch Logs role
/// ARN must be set in account settings"): a role trusting API Gateway with the AWS-managed push-to-CloudWatch policy,
/// and <c>aws_api_gateway_account</c> pointing at it. One per account and region; protected in every stack, because
/// the AWS provider v6 resets the account's settings when the resource is destroyed.
/// </summary>
public sealed class ApiGatewayCloudWatchAccount : ComponentResource
{
    /// <summary>The AWS-managed policy that lets API Gateway create log groups and write to them.</summary>
    public const string PushToCloudWatchPolicyArn = "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs";

    /// <summary>Builds the role and the account setting.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="roleName">The role's physical name, e.g. <c>2-1-bbws-apigateway-cloudwatch-dev</c>.</param>
    /// <param name="options">Options; Parent is the stack root.</param>
    /// <param name="permissionsBoundaryArn">When set, the role is a workload role: path <see cref="WorkloadBoundary.RolePath"/> and this boundary.</param>
    public ApiGatewayCloudWatchAccount(string name, string roleName, ResourceOptions? options = null, string? permissionsBoundaryArn = null)
        : base("bbws:apigateway:CloudWatchAccount", name, options)
    {
        Role = new IamRole($"{name}-role", new IamRoleArgs
        {
            Name = AwsNameLimits.IamRole(nameof(roleName), roleName),
            Description = "Lets API Gateway write execution and access logs to CloudWatch Logs for this account and region.",
            Path = permissionsBoundaryArn is null ? null : WorkloadBoundary.RolePath,
            PermissionsBoundary = permissionsBoundaryArn is null ? null : (Input<string>)permissionsBoundaryArn,
            AssumeRolePolicy = new PolicyDocument(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["apigateway.amazonaws.com"] },
                Reason = "Only API Gateway may assume the role it logs with.",
            }),
        }, ChildOptions(protect: true));
        var attachment = new IamRolePolicyAttachment($"{name}-role-logs", new IamRolePolicyAttachmentArgs
        {
            Role = Role.RoleName,
            PolicyArn = PushToCloudWatchPolicyArn,
            Reason = "API Gateway creates its execution log groups and writes log events through this role (the managed policy AWS documents for the account setting).",
        }, ChildOptions(protect: true));
        Account = new ApiGatewayAccount($"{name}-settings", new ApiGatewayAccountArgs { CloudWatchRoleArn = Role.Arn }, ChildOptions(protect: true, dependsOn: [attachment]));
    }

    /// <summary>The role API Gateway assumes.</summary>
    public IamRole Role { get; }

    /// <summary>The account setting.</summary>
    public ApiGatewayAccount Account { get; }
}
