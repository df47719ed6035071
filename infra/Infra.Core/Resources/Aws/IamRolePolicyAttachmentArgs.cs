using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="IamRolePolicyAttachment"/>.</summary>
public sealed record IamRolePolicyAttachmentArgs
{
    /// <summary>The role's name.</summary>
    [Input("role")]
    public required Input<string> Role { get; init; }

    /// <summary>The managed policy's ARN.</summary>
    [Input("policy_arn")]
    public required string PolicyArn { get; init; }

    /// <summary>Why the role needs this managed policy (rule IAM-EVIDENCE); not emitted.</summary>
    public required string Reason { get; init; }
}
