using Infra.Files;
using Infra.Model;
using Infra.Processes;
using Newtonsoft.Json.Linq;

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
    /// <remarks>
    /// With a committed lock file the providers must be exactly the locked ones (<c>-lockfile=readonly</c>): init then
    /// fails rather than resolve or record another build, so every stack applies with the hashes in the pull request.
    /// </remarks>
    public void Init()
    {
        if (File.Exists(Path.Combine(workingDirectory, ".terraform.lock.hcl")))
        {
            Run("init", "-input=false", "-lockfile=readonly");
        }
        else
        {
            Run("init", "-input=false");
        }
    }

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
    /// <remarks>
    /// Terraform refuses a saved plan once the state has changed since it was made ("Saved plan is stale") and
    /// changes nothing; that refusal is named as such, since the fix is a new plan, not a retry.
    /// </remarks>
    public void Apply(string planFile)
    {
        string[] arguments = ["apply", "-input=false", planFile];
        var result = runner.Run(Name, arguments, workingDirectory, Automation);
        if (result.ExitCode == 0)
        {
            return;
        }

        if (result.StandardError.Contains("Saved plan is stale", StringComparison.Ordinal))
        {
            throw new InfraException(
                $"'{Name} apply' refused the saved plan {planFile}: it is stale (the state changed after it was planned, so it no longer describes what would change) and nothing was applied. " +
                "Plan again (run the promotion again from its plan job) and have the new plan approved.",
                ExitCodes.ExternalFailure);
        }

        throw EngineErrors.StepFailed(Name, arguments, workingDirectory, result);
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, JToken?> Outputs()
    {
        // terraform wraps each output as {"value": ..., "type": ..., "sensitive": ...}.
        return EngineOutputs.Parse(Run("output", "-json"), $"{Name} output -json", workingDirectory, wrapped: true);
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
