using System.Text.Json.Nodes;
using Infra.Files;
using Infra.Model;

namespace Infra.Deploy.Engines;

/// <summary>Terraform (or OpenTofu, by executable name) over <c>stacks/&lt;stack&gt;/terraform</c>.</summary>
public sealed class TerraformEngine : IDeployEngine
{
    private static readonly IReadOnlyDictionary<string, string> Automation = new Dictionary<string, string> { ["TF_IN_AUTOMATION"] = "1", ["TF_INPUT"] = "0" };
    private readonly IProcessRunner runner;
    private readonly string workingDirectory;

    /// <summary>Creates the engine for the root in <paramref name="workingDirectory"/>.</summary>
    public TerraformEngine(IProcessRunner runner, string workingDirectory, string executable = "terraform")
    {
        this.runner = runner;
        this.workingDirectory = workingDirectory;
        Name = executable;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public void Init() => Run("init", "-input=false");

    /// <inheritdoc/>
    public void Plan(string planFile, bool readOnly)
    {
        if (readOnly)
        {
            Run("plan", "-input=false", "-lock=false", $"-out={planFile}");
        }
        else
        {
            Run("plan", "-input=false", $"-out={planFile}");
        }
    }

    /// <inheritdoc/>
    public void ShowJson(string planFile, string planJsonFile) => FileTransaction.WriteFile(planJsonFile, Run("show", "-json", planFile));

    /// <inheritdoc/>
    public void Apply(string planFile) => Run("apply", "-input=false", planFile);

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, JsonNode?> Outputs()
    {
        var json = Run("output", "-json");
        var outputs = JsonNode.Parse(json) as JsonObject
            ?? throw new InfraException($"'{Name} output -json' in {workingDirectory} did not print a JSON object.", ExitCodes.ExternalFailure);

        // terraform wraps each output as {"value": ..., "type": ..., "sensitive": ...}.
        return outputs.ToDictionary(p => p.Key, p => p.Value?["value"]?.DeepClone(), StringComparer.Ordinal);
    }

    private string Run(params string[] arguments)
    {
        var result = runner.Run(Name, arguments, workingDirectory, Automation);
        if (result.ExitCode != 0)
        {
            throw EngineErrors.StepFailed(Name, arguments, workingDirectory, result);
        }

        return result.StandardOutput;
    }
}
