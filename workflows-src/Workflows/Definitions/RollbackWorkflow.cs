using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>
/// rollback.yml: a manual rollback of one stack to a target version with <c>infra rollback</c>, behind two approvals
/// wherever the stack has approval gates (the playbook's dual approval: the first gate, then the stack's own
/// environment), so that a rollback is never slower than necessary but never one person's decision.
/// </summary>
public static class RollbackWorkflow
{
    /// <summary>The file name.</summary>
    public const string FileName = "rollback.yml";

    /// <summary>The <c>version</c> input's help: exactly what <c>infra rollback --to</c> accepts, and what empty means.</summary>
    public const string VersionDescription =
        "Optional. Empty: each Lambda service goes back to its previous version (from the deployment records, else the highest earlier published version). "
        + "Or what infra rollback --to accepts: one published Lambda version number for every service (e.g. 6), or function=version pairs separated by commas, "
        + "with the deployed function names (e.g. <function-name>=6,<other-function-name>=4; infra deployments lists them with their versions). Not a commit.";

    /// <summary>Builds the workflow: one job chain per stack, run when the input names that stack.</summary>
    public static Workflow Build(WorkflowContext context)
    {
        var jobs = new List<Job>();
        foreach (var (chain, target) in context.Ordered)
        {
            var condition = $"inputs.stack == '{chain.Stack}'";
            var needs = new List<string>();
            foreach (var gate in chain.Gates.Take(1))
            {
                jobs.Add(Steps.ApprovalGate(gate, [], condition) with { Id = $"rollback-{gate}" });
                needs.Add($"rollback-{gate}");
            }

            jobs.Add(new Job
            {
                Id = $"rollback-{chain.Stack}",
                Name = $"Roll back {chain.Stack}",
                Needs = needs,
                If = condition,
                Environment = chain.Stack,
                Concurrency = Steps.StackGroup(chain.Stack),
                Permissions = TokenPermissions.ContentsRead.With("id-token", TokenPermissions.Write).With("deployments", TokenPermissions.Write),
                TimeoutMinutes = 60,
                Steps =
                [
                    Steps.Checkout(),
                    Steps.SetupDotnet(),
                    Steps.SetupTerraform(),
                    Steps.AwsCredentials(target, DeploymentTarget.DeployRoleVariable),
                    new Step
                    {
                        Name = $"infra rollback --stack {chain.Stack}",
                        Env = new Dictionary<string, string> { ["VERSION"] = "${{ inputs.version }}", ["GITHUB_TOKEN"] = "${{ github.token }}" },

                        // --to only when a version was typed: without it, infra rollback returns each service to its previous version.
                        Run = $"""
                            if [ -n "$VERSION" ]; then
                              {Steps.Infra} rollback --stack {chain.Stack} --to "$VERSION" --yes
                            else
                              {Steps.Infra} rollback --stack {chain.Stack} --yes
                            fi
                            """,
                    },
                ],
            });
        }

        return new Workflow
        {
            FileName = FileName,
            Name = "rollback",
            On = new Triggers
            {
                Dispatch =
                [
                    new WorkflowInput("stack", "The stack to roll back.") { Required = true, Options = [.. context.Chains.Select(c => c.Stack)] },
                    new WorkflowInput("version", VersionDescription),
                ],
            },
            Permissions = TokenPermissions.ContentsRead,
            Jobs = jobs,
        };
    }
}
