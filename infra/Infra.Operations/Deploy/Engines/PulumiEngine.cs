using Infra.Files;
using Infra.Processes;
using Newtonsoft.Json.Linq;

namespace Infra.Deploy.Engines;

/// <summary>
/// Pulumi over <c>stacks/&lt;stack&gt;/pulumi</c>: <c>preview --save-plan</c>, then <c>up --plan</c> of that file, so
/// what runs is what the gate saw: an update that would differ from the saved plan fails instead of running. The
/// plan file is not the JSON the gate reads, so the preview's JSON is kept beside it (<see cref="PreviewFileOf"/>)
/// and travels with it to a later job.
/// </summary>
public sealed class PulumiEngine : IDeployEngine
{
    private static readonly IReadOnlyDictionary<string, string> Automation = new Dictionary<string, string> { ["PULUMI_SKIP_UPDATE_CHECK"] = "true" };
    private readonly IProcessRunner runner;
    private readonly string workingDirectory;
    private readonly string stack;
    private string? previewJson;

    /// <summary>Creates the engine for <paramref name="stack"/> in <paramref name="workingDirectory"/>.</summary>
    public PulumiEngine(IProcessRunner runner, string workingDirectory, string stack)
    {
        this.runner = runner;
        this.workingDirectory = workingDirectory;
        this.stack = stack;
    }

    /// <inheritdoc/>
    public string Name => "pulumi";

    /// <inheritdoc/>
    public void Init(CancellationToken cancellationToken) => Run(cancellationToken, "stack", "select", stack, "--create", "--non-interactive");

    /// <inheritdoc/>
    public void Plan(string planFile, bool readOnly, CancellationToken cancellationToken)
    {
        // A preview never writes state; the saved plan is what 'up --plan' is held to.
        previewJson = Run(cancellationToken, "preview", "--stack", stack, "--non-interactive", "--json", $"--save-plan={planFile}");
        FileTransaction.WriteFile(PreviewFileOf(planFile), previewJson);
    }

    /// <inheritdoc/>
    /// <remarks>A plan saved by another run is shown from the preview JSON kept beside it.</remarks>
    public void ShowJson(string planFile, string planJsonFile, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = previewJson
            ?? (File.Exists(PreviewFileOf(planFile)) ? File.ReadAllText(PreviewFileOf(planFile))
                : throw new InfraException($"pulumi: {PreviewFileOf(planFile)} not found: a saved Pulumi plan travels with the preview JSON of the run that saved it. Fetch both files the plan job stored, then run again.", ExitCodes.EnvironmentRefused));
        FileTransaction.WriteFile(planJsonFile, json);
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> SavedPlanFiles(string planFile) => [planFile, PreviewFileOf(planFile)];

    /// <summary>Where the preview JSON of the plan saved at <paramref name="planFile"/> is kept.</summary>
    public static string PreviewFileOf(string planFile) => planFile + ".preview.json";

    /// <inheritdoc/>
    public void Apply(string planFile, CancellationToken cancellationToken) => Run(cancellationToken, "up", "--stack", stack, "--non-interactive", "--yes", "--skip-preview", $"--plan={planFile}");

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, JToken?> Outputs(CancellationToken cancellationToken)
    {
        return EngineOutputs.Parse(Run(cancellationToken, "stack", "output", "--stack", stack, "--json"), "pulumi stack output --json", workingDirectory, wrapped: false);
    }

    private string Run(CancellationToken cancellationToken, params string[] arguments)
    {
        var result = runner.Run(Name, arguments, workingDirectory, Automation, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw EngineErrors.StepFailed(Name, arguments, workingDirectory, result);
        }

        return result.StandardOutput;
    }
}
