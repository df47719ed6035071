using Infra.Deploy.Engines;
using Newtonsoft.Json.Linq;

namespace Infra.Deploy;

/// <summary>
/// <c>infra plan</c>: verify the account, plan without the state lock (read-only roles suffice), show the plan as
/// JSON, run the gate. Nothing is applied.
/// </summary>
public sealed class ReadOnlyPlan
{
    private readonly AccountVerifier verifier;
    private readonly IDeployEngine engine;
    private readonly IPlanGate gate;

    /// <summary>Creates the runner.</summary>
    public ReadOnlyPlan(AccountVerifier verifier, IDeployEngine engine, IPlanGate gate)
    {
        this.verifier = verifier;
        this.engine = engine;
        this.gate = gate;
    }

    /// <summary>Plans into <paramref name="workDirectory"/>, copies the JSON to <paramref name="outFile"/> when given; returns the gate's verdict and whether anything changes.</summary>
    public async Task<(GateResult Gate, bool HasChanges, string PlanJsonFile)> RunAsync(StackTarget target, string workDirectory, string? outFile, CancellationToken cancellationToken)
    {
        await verifier.VerifyAsync(target, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(workDirectory);
        var planFile = Path.Combine(workDirectory, $"{target.Stack}.tfplan");
        var planJson = outFile ?? Path.Combine(workDirectory, $"{target.Stack}.plan.json");
        engine.Init(cancellationToken);
        engine.Plan(planFile, readOnly: true, cancellationToken);
        engine.ShowJson(planFile, planJson, cancellationToken);
        return (gate.Evaluate(planJson, target.Stack), HasChanges(File.ReadAllText(planJson)), planJson);
    }

    /// <summary>True when a terraform plan JSON or a pulumi preview JSON changes anything.</summary>
    public static bool HasChanges(string planJson)
    {
        var root = DeployJson.Parse(planJson) as JObject;
        if (root?["resource_changes"] is JArray changes)
        {
            var resourceChange = changes.Any(c => c["change"]?["actions"] is JArray actions
                && actions.Any(a => DeployJson.String(a) is not ("no-op" or "read")));
            var outputChange = root["output_changes"] is JObject outputs
                && outputs.Properties().Any(o => o.Value["actions"] is JArray actions && actions.Any(a => DeployJson.String(a) != "no-op"));
            return resourceChange || outputChange;
        }

        // pulumi preview --json: a changeSummary with counts per operation.
        if (root?["changeSummary"] is JObject summary)
        {
            return summary.Properties().Any(p => p.Name != "same" && (long?)p.Value > 0);
        }

        return false;
    }
}
