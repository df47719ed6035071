namespace Infra.Plans;

/// <summary>
/// One resource in a change set, in terms every source can supply: a Terraform plan, a Pulumi preview, or the
/// offline comparison of two generated revisions.
/// </summary>
/// <param name="Address">The resource address, e.g. <c>module.api.aws_lambda_function.handler</c>.</param>
/// <param name="Group">What the resource is grouped under in a preview: its module or parent component; empty for the root.</param>
/// <param name="Type">The resource type, e.g. <c>aws_s3_bucket</c>.</param>
/// <param name="Kind">What happens to the resource.</param>
/// <param name="Actions">The engine's own action words, kept so that gates judge what the engine will do.</param>
public sealed record PlannedChange(string Address, string Group, string Type, ChangeKind Kind, IReadOnlyList<string> Actions)
{
    /// <summary>The changed attributes, sorted by path.</summary>
    public IReadOnlyList<AttributeChange> Attributes { get; init; } = [];

    /// <summary>True when the existing object is destroyed: a delete or either replace order.</summary>
    public bool DestroysExisting { get; init; }

    /// <summary>True when the engine forgets the existing object (leaves it unmanaged in the cloud).</summary>
    public bool Forgets { get; init; }

    /// <summary>True when an existing cloud object is imported.</summary>
    public bool Importing { get; init; }

    /// <summary>True when the resource is marked protected (prevent_destroy, or Pulumi's protect).</summary>
    public bool Protected { get; init; }

    /// <summary>Why the engine chose this action (e.g. <c>replace_because_tainted</c>), when it says.</summary>
    public string? Reason { get; init; }

    /// <summary>The address the resource had before a move, when it moved.</summary>
    public string? PreviousAddress { get; init; }

    /// <summary>The deposed object key, when the change concerns a deposed object.</summary>
    public string? Deposed { get; init; }
}
