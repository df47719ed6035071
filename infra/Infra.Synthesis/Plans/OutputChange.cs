using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>One entry of a Terraform plan's <c>output_changes</c>.</summary>
/// <param name="Name">The output name.</param>
/// <param name="Actions">The action words.</param>
public sealed record OutputChange(string Name, IReadOnlyList<string> Actions)
{
    /// <summary>The value before.</summary>
    public JToken? Before { get; init; }

    /// <summary>The value after.</summary>
    public JToken? After { get; init; }

    /// <summary>Whether (or which part of) the value is known only after apply.</summary>
    public JToken? AfterUnknown { get; init; }

    /// <summary>Whether the value before is sensitive.</summary>
    public JToken? BeforeSensitive { get; init; }

    /// <summary>Whether the value after is sensitive.</summary>
    public JToken? AfterSensitive { get; init; }
}
