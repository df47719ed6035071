using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>One entry of <c>steps</c> in <c>pulumi preview --json</c> output.</summary>
/// <param name="Op">The step operation, e.g. <c>create</c>, <c>replace</c>, <c>delete-replaced</c>.</param>
/// <param name="Urn">The resource URN: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;type&gt;::&lt;name&gt;</c>.</param>
public sealed record PulumiStep(string Op, string Urn)
{
    /// <summary>The provider reference that performs the step.</summary>
    public string? Provider { get; init; }

    /// <summary>The resource before the step (inputs, outputs, protect, parent), when it exists.</summary>
    public JObject? OldState { get; init; }

    /// <summary>The resource after the step, when it will exist.</summary>
    public JObject? NewState { get; init; }

    /// <summary>The top-level properties that differ.</summary>
    public IReadOnlyList<string> DiffReasons { get; init; } = [];

    /// <summary>The properties that force a replacement.</summary>
    public IReadOnlyList<string> ReplaceReasons { get; init; } = [];
}
