namespace Infra.Permissions;

/// <summary>
/// One statement of a role's identity policies, as the packer reads and writes it. A resource written
/// <c>${name.attribute}</c> is a reference whose value is known only at apply: it is sized as
/// <see cref="IamPolicyQuotas.ReferenceLength"/> characters and never generalized.
/// </summary>
public sealed record PackableStatement
{
    /// <summary>
    /// The statement's id, for a statement reviewers must find by name (a guard's deny); null by default. A statement
    /// with an id is packed as it is, never merged with others.
    /// </summary>
    public string? Sid { get; init; }

    /// <summary><c>Allow</c> (default) or <c>Deny</c>.</summary>
    public string Effect { get; init; } = "Allow";

    /// <summary>The actions or action patterns.</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>The resource ARNs or ARN patterns.</summary>
    public required IReadOnlyList<string> Resources { get; init; }

    /// <summary>The conditions; statements merge only with statements of the same effect and conditions.</summary>
    public IReadOnlyList<PackedCondition> Conditions { get; init; } = [];

    /// <summary>Why the statement exists (the evidence of its grants); not part of the policy's size.</summary>
    public required string Reason { get; init; }
}
