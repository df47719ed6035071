namespace Infra.Permissions;

/// <summary>The requirement table of one Terraform resource type: its ARN, derivable attributes and the calls each operation makes.</summary>
public sealed class ResourceRequirements
{
    /// <summary>The operations, in the order a resource meets them.</summary>
    public static readonly IReadOnlyList<string> Operations = ["refresh", "create", "update", "delete", "tag"];

    internal ResourceRequirements(string type, string file, ArnTemplate arn, IReadOnlyDictionary<string, ArnTemplate> attributes, IReadOnlyList<RequirementCall> calls, IReadOnlyList<RequirementCall> when, bool taggable)
    {
        Type = type;
        File = file;
        Arn = arn;
        Attributes = attributes;
        Calls = calls;
        When = when;
        Taggable = taggable;
    }

    /// <summary>The Terraform type, e.g. <c>aws_lambda_function</c>.</summary>
    public string Type { get; }

    /// <summary>The table's file, relative to the repository root.</summary>
    public string File { get; }

    /// <summary>The resource's own ARN.</summary>
    public ArnTemplate Arn { get; }

    /// <summary>Computed attributes derivable from arguments, by attribute name.</summary>
    public IReadOnlyDictionary<string, ArnTemplate> Attributes { get; }

    /// <summary>The calls every resource of the type makes, by operation in <see cref="Operations"/> order.</summary>
    public IReadOnlyList<RequirementCall> Calls { get; }

    /// <summary>The calls made only when their <see cref="RequirementCall.Argument"/> is set.</summary>
    public IReadOnlyList<RequirementCall> When { get; }

    /// <summary>True when the type takes tags (the table has <c>tag</c> calls).</summary>
    public bool Taggable { get; }

    /// <summary>Every argument path a template of the table reads.</summary>
    internal IEnumerable<string> ArgumentsRead =>
        Calls.Concat(When).SelectMany(c => c.Resource.Arguments.Concat(c.Context.Values.SelectMany(v => v).SelectMany(t => t.Arguments)))
            .Concat(Arn.Arguments)
            .Concat(Attributes.Values.SelectMany(a => a.Arguments))
            .Distinct(StringComparer.Ordinal);
}
