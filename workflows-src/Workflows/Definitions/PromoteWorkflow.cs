using Infra.Configuration;
using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>
/// promote-&lt;stack&gt;.yml: a manual promotion of one commit that deployed successfully to the stack below. A plan job
/// (no environment, the stack's read-only promote-plan role) first verifies the promotion through the GitHub API with
/// the workflow ref's own code, then plans the commit with the bundle the stack below deployed, shows the preview in
/// the run's summary and stores the saved plan encrypted in the stack's artifact bucket; the approval environments
/// come after it, so every approver sees what they approve; the apply job (the stack's environment and deploy role)
/// applies exactly that saved plan, refused unless its SHA-256 is the one the plan job reported. The commit is read
/// only as data: <c>infra</c> always runs from the workflow ref.
/// </summary>
public static class PromoteWorkflow
{
    /// <summary>Where the promoted commit is checked out: its generated roots and config are data for the workflow ref's infra.</summary>
    public const string CommitFolder = ".build/commit";

    /// <summary>Where the plan job writes the saved plan and the apply job reads it back.</summary>
    public const string PlanFolder = ".build/promote-plan";

    // The bundle the plan job planned with (the lower stack's recorded SHA-256): the apply job uses no other.
    private const string Bundle = "${{ needs.plan.outputs.bundle-sha256 }}";

    /// <summary>The file name of the promotion to <paramref name="stack"/>.</summary>
    public static string FileName(string stack) => $"promote-{stack}.yml";

    /// <summary>Builds the promotion along <paramref name="chain"/>; throws when a change ticket is required but no pattern is configured.</summary>
    public static Workflow Build(PromotionChain chain, DeploymentTarget target)
    {
        var from = chain.PromotedFrom ?? throw new ArgumentException($"stack {chain.Stack} is deployed on push, not promoted.", nameof(chain));
        var pattern = chain.RequiresChangeTicket
            ? target.ChangeTicketPattern ?? throw new InfraException($"Pulumi.{chain.Stack}.yaml: bbws:changeTicketPattern is not set, but promotions to {chain.Stack} need a change ticket that {FileName(chain.Stack)} validates before asking for approval: set it to the ticket format, e.g. 'CHG[0-9]{{7}}'. Nothing was written.")
            : null;
        var planRole = target.PromotePlanRoleArn
            ?? throw new InfraException($"stack {chain.Stack}: its bootstrap root has no github-promote-plan role, which the plan job of {FileName(chain.Stack)} assumes before the approvals; build one in the app for every promoted stack.");
        var inputs = new List<WorkflowInput> { new("commit", $"The full commit SHA that deployed successfully to {from}.") { Required = true } };
        var jobs = new List<Job>();
        var needs = new List<string>();
        if (pattern is not null)
        {
            inputs.Add(new WorkflowInput("change-ticket", $"The approved change ticket (matching {pattern}).") { Required = true });
            jobs.Add(ValidateTicket(pattern));
            needs.Add("change-ticket");
        }

        var env = new Dictionary<string, string> { ["COMMIT"] = "${{ inputs.commit }}", ["GITHUB_TOKEN"] = "${{ github.token }}" };
        var ticket = string.Empty;
        if (pattern is not null)
        {
            env["CHANGE_TICKET"] = "${{ inputs.change-ticket }}";
            ticket = " --change-ticket \"$CHANGE_TICKET\"";
        }

        jobs.Add(Plan(chain.Stack, from, target, planRole, needs, env, ticket));
        needs = ["plan"];
        foreach (var gate in chain.Gates)
        {
            jobs.Add(Steps.ApprovalGate(gate, needs));
            needs = [gate];
        }

        jobs.Add(Apply(chain.Stack, target, needs.Contains("plan") ? needs : [.. needs, "plan"], env, ticket));
        return new Workflow
        {
            FileName = FileName(chain.Stack),
            Name = $"promote-{chain.Stack}",

            // The run's title names the promoted commit: the Actions API does not return a dispatch's inputs, so the
            // next promotion ('infra promote verify') reads the commit this run promoted from its title.
            RunName = $"promote-{chain.Stack} ${{{{ inputs.commit }}}}",
            On = new Triggers { Dispatch = inputs },
            Permissions = TokenPermissions.ContentsRead,
            Jobs = jobs,
        };
    }

    // Before any approval: verify, plan read-only (no state lock, so no concurrency group), show, store. The saved
    // plan holds state values in clear, so it goes to the artifact bucket encrypted, never to an Actions artifact.
    private static Job Plan(string stack, string from, DeploymentTarget target, string planRole, IReadOnlyList<string> needs, Dictionary<string, string> env, string ticket)
    {
        var key = $"{ArtifactBucket.PlanPrefix}{stack}/${{{{ github.run_id }}}}-${{{{ github.run_attempt }}}}/{stack}.tfplan";
        return new Job
        {
            Id = "plan",
            Name = $"Plan the promotion to {stack}",
            Needs = needs,
            Permissions = TokenPermissions.ContentsRead.With("id-token", TokenPermissions.Write).With("deployments", TokenPermissions.Read).With("actions", TokenPermissions.Read),
            TimeoutMinutes = 60,
            Outputs = new Dictionary<string, string>
            {
                ["bundle-sha256"] = "${{ steps.lower.outputs.sha256 }}",
                ["plan-key"] = "${{ steps.saved-plan.outputs.key }}",
                ["plan-sha256"] = "${{ steps.saved-plan.outputs.sha256 }}",
            },
            Steps =
            [
                Steps.Checkout(),
                Steps.SetupDotnet(),

                // First, with the workflow ref's code and no credentials: nothing of the commit is read before the
                // API shows it is on the default branch and was deployed below by a successful run of its workflow.
                Steps.Verb(
                    $"infra promote verify --to {stack}",
                    $"promote verify --to {stack} --commit \"$COMMIT\"",
                    new Dictionary<string, string> { ["COMMIT"] = "${{ inputs.commit }}", ["GITHUB_TOKEN"] = "${{ github.token }}" }),
                Steps.RecordedBundle($"Bundle {from} deployed", "lower", from, "${{ inputs.commit }}"),
                CommitCheckout(),
                Steps.SetupTerraform(),
                Steps.AwsCredentials(target, planRole),

                // Read, hash-verified, from the bucket of the stack below: the plan role stores nothing but the plan;
                // the apply job's deploy role copies the bundle into this stack's bucket.
                Steps.Verb(
                    $"Fetch the Lambda packages from {from}'s artifact bucket",
                    $"artifacts fetch --stack {from} --commit \"$COMMIT\" --sha256 \"$SHA256\" --out {LambdaArtifact.Bundle}",
                    new Dictionary<string, string> { ["COMMIT"] = "${{ inputs.commit }}", ["SHA256"] = "${{ steps.lower.outputs.sha256 }}" }),
                Unpack(),
                Steps.Verb(
                    $"infra promote --to {stack} --plan-out",
                    $"promote --to {stack} --commit \"$COMMIT\" --artifact {LambdaArtifact.Bundle}{ticket} --root {CommitFolder} --plan-out {PlanFolder}",
                    env),
                new Step
                {
                    Name = "Show the plan in the run's summary",
                    Run = $"cat {PlanFolder}/{stack}.preview.md >> \"$GITHUB_STEP_SUMMARY\"",
                },
                new Step
                {
                    Name = $"Store the saved plan in {stack}'s artifact bucket",
                    Id = "saved-plan",
                    Env = new Dictionary<string, string> { ["KEY"] = key },
                    Run = $"""
                        {Steps.Infra} artifacts put --stack {stack} --key "$KEY" --file {PlanFolder}/{stack}.tfplan
                        echo "key=$KEY" >> "$GITHUB_OUTPUT"
                        echo "sha256=$(cut -d' ' -f1 {PlanFolder}/{stack}.tfplan.sha256)" >> "$GITHUB_OUTPUT"
                        """,
                },
            ],
        };
    }

    // After the last approval: the same bundle, the same commit data, the saved plan the approvers saw.
    private static Job Apply(string stack, DeploymentTarget target, IReadOnlyList<string> needs, Dictionary<string, string> env, string ticket)
    {
        var planEnv = new Dictionary<string, string>(env)
        {
            ["PLAN_KEY"] = "${{ needs.plan.outputs.plan-key }}",
            ["PLAN_SHA256"] = "${{ needs.plan.outputs.plan-sha256 }}",
        };
        return new Job
        {
            Id = "apply",
            Name = $"Apply the approved plan to {stack}",
            Needs = needs,
            Environment = stack,
            Concurrency = Steps.StackGroup(stack),
            Permissions = TokenPermissions.ContentsRead.With("id-token", TokenPermissions.Write).With("deployments", TokenPermissions.Write),
            TimeoutMinutes = 90,
            Steps =
            [
                Steps.Checkout(),
                Steps.SetupDotnet(),
                CommitCheckout(),
                Steps.SetupTerraform(),
                Steps.AwsCredentials(target, DeploymentTarget.DeployRoleVariable),
                Steps.Verb(
                    $"Copy the Lambda packages from the bucket below into {stack}'s",
                    $"artifacts copy-from-lower --stack {stack} --commit \"$COMMIT\" --sha256 \"$SHA256\" --out {LambdaArtifact.Bundle}",
                    new Dictionary<string, string> { ["COMMIT"] = "${{ inputs.commit }}", ["SHA256"] = Bundle }),
                Unpack(),
                Steps.Verb(
                    "Fetch the saved plan",
                    $"artifacts get --stack {stack} --key \"$PLAN_KEY\" --out {PlanFolder}/{stack}.tfplan --sha256 \"$PLAN_SHA256\"",
                    new Dictionary<string, string> { ["PLAN_KEY"] = planEnv["PLAN_KEY"], ["PLAN_SHA256"] = planEnv["PLAN_SHA256"] }),
                Steps.Verb(
                    $"infra promote --to {stack} --saved-plan",
                    $"promote --to {stack} --commit \"$COMMIT\" --artifact {LambdaArtifact.Bundle}{ticket} --root {CommitFolder} --saved-plan {PlanFolder}/{stack}.tfplan --saved-plan-sha256 \"$PLAN_SHA256\" --yes",
                    planEnv),
                Steps.PinPackages(stack, "${{ inputs.commit }}", Bundle),
            ],
        };
    }

    // The commit as data for the workflow ref's infra: its generated roots and config in a subfolder, passed with --root.
    private static Step CommitCheckout() => new()
    {
        Name = "Check out the promoted commit (data only)",
        Uses = Actions.Checkout,
        With = new Dictionary<string, string> { ["persist-credentials"] = "false", ["ref"] = "${{ inputs.commit }}", ["path"] = CommitFolder },
    };

    // The bundle's zips where the commit's roots read them (relative to the commit's folder).
    private static Step Unpack() => Steps.UnpackPackages($"{CommitFolder}/{LambdaArtifact.PackageDirectory}", $"mkdir -p {CommitFolder}/{LambdaArtifact.PackageDirectory}");

    // Checked before anyone is asked to approve: a bad ticket should not cost the approvers' time. infra promote
    // checks it again against the same config key.
    private static Job ValidateTicket(string pattern) => new()
    {
        Id = "change-ticket",
        Name = "Validate the change ticket",
        Permissions = TokenPermissions.None,
        TimeoutMinutes = 5,
        Steps =
        [
            new Step
            {
                Name = "Check the ticket against bbws:changeTicketPattern",
                Env = new Dictionary<string, string> { ["CHANGE_TICKET"] = "${{ inputs.change-ticket }}", ["PATTERN"] = $"^({pattern})$" },
                Run = """
                    if [[ ! "$CHANGE_TICKET" =~ $PATTERN ]]; then
                      echo "::error::change ticket '$CHANGE_TICKET' does not match $PATTERN (bbws:changeTicketPattern)"
                      exit 1
                    fi
                    """,
            },
        ],
    };
}
