using Infra.Files;
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
    public void Init(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(workingDirectory, ".terraform.lock.hcl")))
        {
            Run(cancellationToken, "init", "-input=false", "-lockfile=readonly");
        }
        else
        {
            Run(cancellationToken, "init", "-input=false");
        }
    }

    /// <inheritdoc/>
    public void Plan(string planFile, bool readOnly, CancellationToken cancellationToken)
    {
        if (readOnly)
        {
            Run(cancellationToken, "plan", "-input=false", "-lock=false", $"-out={planFile}");
        }
        else
        {
            Run(cancellationToken, "plan", "-input=false", $"-out={planFile}");
        }
    }

    /// <inheritdoc/>
    public void ShowJson(string planFile, string planJsonFile, CancellationToken cancellationToken) => FileTransaction.WriteFile(planJsonFile, Run(cancellationToken, "show", "-json", planFile));

    /// <inheritdoc/>
    /// <remarks>
    /// Terraform refuses a saved plan once the state has changed since it was made ("Saved plan is stale") and
    /// changes nothing; that refusal is named as such, since the fix is a new plan, not a retry.
    /// </remarks>
    public void Apply(string planFile, CancellationToken cancellationToken)
    {
        string[] arguments = ["apply", "-input=false", planFile];
        var result = runner.Run(Name, arguments, workingDirectory, Automation, cancellationToken);
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
    public IReadOnlyDictionary<string, JToken?> Outputs(CancellationToken cancellationToken)
    {
        // terraform wraps each output as {"value": ..., "type": ..., "sensitive": ...}.
        return EngineOutputs.Parse(Run(cancellationToken, "output", "-json"), $"{Name} output -json", workingDirectory, wrapped: true);
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
