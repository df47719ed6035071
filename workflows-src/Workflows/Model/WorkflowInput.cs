namespace Infra.Workflows.Model;

/// <summary>An input of a manually dispatched workflow.</summary>
/// <param name="Name">The input's id, read as <c>inputs.&lt;name&gt;</c>.</param>
/// <param name="Description">What to type, shown in the run form.</param>
public sealed record WorkflowInput(string Name, string Description)
{
    /// <summary>True when the run form refuses an empty value. Default: false.</summary>
    public bool Required { get; init; }

    /// <summary>The allowed values: the input becomes a <c>choice</c>. Default: none, a free <c>string</c>.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
