using Newtonsoft.Json.Linq;

namespace Infra.Deploy.Engines;

/// <summary>
/// One engine (terraform or pulumi) over one stack's generated root: plan to a saved file, show it as JSON for the
/// gate, apply exactly that saved plan, read the stack's outputs.
/// </summary>
public interface IDeployEngine
{
    /// <summary>The engine's executable name.</summary>
    string Name { get; }

    /// <summary>Prepares the working folder (providers, backend). Every step's <c>cancellationToken</c> kills the engine's processes when cancelled.</summary>
    void Init(CancellationToken cancellationToken);

    /// <summary>Writes a saved plan to <paramref name="planFile"/>; <paramref name="readOnly"/> plans take no state lock.</summary>
    void Plan(string planFile, bool readOnly, CancellationToken cancellationToken);

    /// <summary>Writes the saved plan's JSON to <paramref name="planJsonFile"/>, for the gate.</summary>
    void ShowJson(string planFile, string planJsonFile, CancellationToken cancellationToken);

    /// <summary>Applies the saved plan and nothing else.</summary>
    void Apply(string planFile, CancellationToken cancellationToken);

    /// <summary>
    /// Every file a saved plan at <paramref name="planFile"/> consists of, which a later job needs to show and apply
    /// it: the plan file itself unless the engine keeps more beside it.
    /// </summary>
    IReadOnlyList<string> SavedPlanFiles(string planFile) => [planFile];

    /// <summary>The stack's outputs by name.</summary>
    IReadOnlyDictionary<string, JToken?> Outputs(CancellationToken cancellationToken);
}
