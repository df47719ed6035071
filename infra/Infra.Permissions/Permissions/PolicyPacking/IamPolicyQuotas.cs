namespace Infra.Permissions;

/// <summary>
/// IAM's quotas on a role's identity policies, in characters of policy JSON without whitespace
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
/// </summary>
public sealed record IamPolicyQuotas
{
    /// <summary>AWS's defaults: 10,240 inline in total, 6,144 per managed policy, 10 managed policies per role.</summary>
    public static IamPolicyQuotas Default { get; } = new();

    /// <summary>The total of a role's inline policies.</summary>
    public int InlineTotal { get; init; } = 10_240;

    /// <summary>One managed policy.</summary>
    public int ManagedPolicy { get; init; } = 6_144;

    /// <summary>Managed policies attached to one role (adjustable up to 20 by a quota request).</summary>
    public int ManagedPerRole { get; init; } = 10;

    /// <summary>
    /// What a reference (<c>${state-key.arn}</c>) counts for: its value is unknown at synth, and 128 is longer than any
    /// key, bucket or table ARN the stacks name.
    /// </summary>
    public int ReferenceLength { get; init; } = 128;
}
