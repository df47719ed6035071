using Infra.Model;
using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>
/// promote-&lt;stack&gt;.yml: a manual promotion of one commit that deployed successfully to the stack below,
/// through the stack's approval environments in order, deploying the very artifact the first stack deployed;
/// <c>infra promote</c> refuses any other commit or artifact, and its gate refuses any delete in prod.
/// </summary>
public static class PromoteWorkflow
{
    /// <summary>The file name of the promotion to <paramref name="stack"/>.</summary>
    public static string FileName(string stack) => $"promote-{stack}.yml";

    /// <summary>Builds the promotion along <paramref name="chain"/>; throws when a change ticket is required but no pattern is configured.</summary>
    public static Workflow Build(PromotionChain chain, DeploymentTarget target)
    {
        var from = chain.PromotedFrom ?? throw new ArgumentException($"stack {chain.Stack} is deployed on push, not promoted.", nameof(chain));
        var pattern = chain.RequiresChangeTicket
            ? target.ChangeTicketPattern ?? throw new InfraException($"Pulumi.{chain.Stack}.yaml: bbws:changeTicketPattern is not set, but promotions to {chain.Stack} need a change ticket that {FileName(chain.Stack)} validates before asking for approval: set it to the ticket format, e.g. 'CHG[0-9]{{7}}'. Nothing was written.")
            : null;
        var inputs = new List<WorkflowInput> { new("commit", $"The full commit SHA that deployed successfully to {from}.") { Required = true } };
        var jobs = new List<Job>();
        var needs = new List<string>();
        if (pattern is not null)
        {
            inputs.Add(new WorkflowInput("change-ticket", $"The approved change ticket (matching {pattern}).") { Required = true });
            jobs.Add(ValidateTicket(pattern));
            needs.Add("change-ticket");
        }

        foreach (var gate in chain.Gates)
        {
            jobs.Add(Steps.ApprovalGate(gate, needs));
            needs = [gate];
        }

        var env = new Dictionary<string, string> { ["COMMIT"] = "${{ inputs.commit }}", ["GITHUB_TOKEN"] = "${{ github.token }}" };
        var ticket = string.Empty;
        if (pattern is not null)
        {
            env["CHANGE_TICKET"] = "${{ inputs.change-ticket }}";
            ticket = " --change-ticket \"$CHANGE_TICKET\"";
        }

        jobs.Add(new Job
        {
            Id = "promote",
            Name = $"Promote to {chain.Stack}",
            Needs = needs,
            Environment = chain.Stack,
            Concurrency = Steps.StackGroup(chain.Stack),
            Permissions = TokenPermissions.ContentsRead.With("id-token", TokenPermissions.Write).With("deployments", TokenPermissions.Write),
            TimeoutMinutes = 90,
            Steps =
            [
                Steps.Checkout(reference: "${{ inputs.commit }}"),
                Steps.SetupDotnet(),
                Steps.SetupTerraform(),
                Steps.RecordedBundle($"Bundle {from} deployed", "lower", from, "${{ inputs.commit }}"),
                Steps.AwsCredentials(target, DeploymentTarget.DeployRoleVariable),
                .. Steps.FetchPackages(chain.Stack, "${{ inputs.commit }}", "${{ steps.lower.outputs.sha256 }}", fromLower: true),
                Steps.Verb(
                    $"infra promote --to {chain.Stack}",
                    $"promote --to {chain.Stack} --commit \"$COMMIT\" --artifact {LambdaArtifact.Bundle}{ticket} --yes",
                    env),
                Steps.PinPackages(chain.Stack, "${{ inputs.commit }}", "${{ steps.lower.outputs.sha256 }}"),
            ],
        });
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
