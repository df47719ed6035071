namespace Infra.Workflows.Model;

/// <summary>One step: an action (<see cref="Uses"/>) or a shell script (<see cref="Run"/>).</summary>
public sealed record Step
{
    /// <summary>The name shown in the log.</summary>
    public required string Name { get; init; }

    /// <summary>The step id, for its outputs; null for none.</summary>
    public string? Id { get; init; }

    /// <summary>A condition expression (without <c>${{ }}</c>); null to run when earlier steps succeeded.</summary>
    public string? If { get; init; }

    /// <summary>The action, <c>owner/repo@version</c>; null for a script step.</summary>
    public string? Uses { get; init; }

    /// <summary>The action's inputs. Default: none.</summary>
    public IReadOnlyDictionary<string, string> With { get; init; } = new Dictionary<string, string>();

    /// <summary>Environment variables of the step; the only way expressions reach a script. Default: none.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>The bash script; null for an action step.</summary>
    public string? Run { get; init; }
}
