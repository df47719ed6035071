using System.Text.RegularExpressions;
using Infra.Workflows.Definitions;
using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Validation;

/// <summary>
/// The safety rules every generated workflow keeps, each a pure function of the workflows and the stacks that returns
/// one message per violation (naming the file, the job, the field and the fix); <see cref="WorkflowValidator"/>
/// refuses generation on any.
/// </summary>
public static partial class WorkflowInvariants
{
    /// <summary>Every rule, by name.</summary>
    public static IReadOnlyList<(string Name, Func<IReadOnlyList<Workflow>, WorkflowContext, IEnumerable<string>> Check)> All { get; } =
    [
        (nameof(EnvironmentsExist), EnvironmentsExist),
        (nameof(AwsJobsHaveIdTokenWrite), AwsJobsHaveIdTokenWrite),
        (nameof(AwsJobsAssumeTheStacksRole), AwsJobsAssumeTheStacksRole),
        (nameof(AwsReachedOnlyThroughInfra), AwsReachedOnlyThroughInfra),
        (nameof(OneConcurrencyGroupPerStack), OneConcurrencyGroupPerStack),
        (nameof(NoDestroy), NoDestroy),
        (nameof(ActionsPinned), ActionsPinned),
        (nameof(SecretsNeverEchoed), SecretsNeverEchoed),
        (nameof(PromotionsVerifyBeforeReadingTheCommit), PromotionsVerifyBeforeReadingTheCommit),
    ];

    /// <summary>A job that assumes an AWS role.</summary>
    public static bool IsAwsJob(Job job) => job.Steps.Any(IsCredentials);

    /// <summary>Every <c>environment:</c> is a stack's or an approval gate's: a missing one is created unprotected on first use.</summary>
    public static IEnumerable<string> EnvironmentsExist(IReadOnlyList<Workflow> workflows, WorkflowContext context) =>
        from w in workflows
        from j in w.Jobs
        where j.Environment is not null && !context.Environments.Contains(j.Environment)
        select $"{w.FileName}: job '{j.Id}' names environment '{j.Environment}', which no stack creates (known: {string.Join(", ", context.Environments.Order(StringComparer.Ordinal))}); GitHub would create it unprotected on first use: use a stack's or gate's environment.";

    /// <summary>A job that assumes a role has <c>id-token: write</c>, without which GitHub mints no OIDC token.</summary>
    public static IEnumerable<string> AwsJobsHaveIdTokenWrite(IReadOnlyList<Workflow> workflows, WorkflowContext context) =>
        from w in workflows
        from j in w.Jobs
        where IsAwsJob(j) && !w.EffectivePermissions(j).Allows("id-token", TokenPermissions.Write)
        select $"{w.FileName}: job '{j.Id}' assumes an AWS role but its permissions lack 'id-token: write': add it to the job's permissions.";

    /// <summary>
    /// Credentials come from <c>configure-aws-credentials@v6</c>, limited to one stack's account and region, with the
    /// environment's deploy role in that stack's environment and the model's read-only role ARN anywhere else.
    /// </summary>
    public static IEnumerable<string> AwsJobsAssumeTheStacksRole(IReadOnlyList<Workflow> workflows, WorkflowContext context)
    {
        foreach (var w in workflows)
        {
            foreach (var j in w.Jobs)
            {
                foreach (var step in j.Steps.Where(IsCredentials))
                {
                    var where = $"{w.FileName}: job '{j.Id}', step '{step.Name}'";
                    if (step.Uses != Actions.ConfigureAwsCredentials)
                    {
                        yield return $"{where} uses {step.Uses}: use {Actions.ConfigureAwsCredentials}, whose allowed-account-ids refuses other accounts.";
                    }

                    var account = step.With.GetValueOrDefault("allowed-account-ids");
                    var target = context.Targets.SingleOrDefault(t => t.AccountId == account);
                    if (target is null)
                    {
                        yield return $"{where}: allowed-account-ids is '{account}', not one stack's account: set it to the stack's bbws:accountId.";
                        continue;
                    }

                    if (step.With.GetValueOrDefault("aws-region") != target.Region)
                    {
                        yield return $"{where}: aws-region is '{step.With.GetValueOrDefault("aws-region")}', but stack {target.Stack} is in {target.Region}.";
                    }

                    var role = step.With.GetValueOrDefault("role-to-assume");
                    var expected = j.Environment == target.Stack
                        ? [DeploymentTarget.DeployRoleVariable]
                        : new[] { target.PlanRoleArn, target.PromotePlanRoleArn, target.DriftRoleArn }.OfType<string>().ToArray();
                    if (!expected.Contains(role))
                    {
                        yield return $"{where}: role-to-assume is '{role}', expected {string.Join(" or ", expected)} (in environment '{target.Stack}' the environment's deploy role; elsewhere a read-only role the stack's bootstrap creates).";
                    }

                    if (j.Environment is not null && j.Environment != target.Stack)
                    {
                        yield return $"{where}: runs in environment '{j.Environment}' but assumes a role in stack {target.Stack}'s account: run it in environment '{target.Stack}'.";
                    }
                }
            }
        }
    }

    /// <summary>
    /// In a promotion, the dispatched commit is data, never the tool, and is read only once it is verified: a job that
    /// checks it out or assumes a role runs <c>infra promote verify</c> first (before that checkout and before the
    /// credentials) or needs, directly or not, a job that does; the commit is checked out only into a sub-folder
    /// (<c>path</c>), so every infra verb runs from the workflow ref.
    /// </summary>
    public static IEnumerable<string> PromotionsVerifyBeforeReadingTheCommit(IReadOnlyList<Workflow> workflows, WorkflowContext context)
    {
        const string Commit = "${{ inputs.commit }}";
        foreach (var w in workflows.Where(w => w.FileName.StartsWith("promote-", StringComparison.Ordinal)))
        {
            var verified = new HashSet<string>(StringComparer.Ordinal);
            foreach (var j in w.Jobs)
            {
                var steps = j.Steps.ToList();
                var verify = steps.FindIndex(s => s.Run?.Contains($"{Steps.Infra} promote verify ", StringComparison.Ordinal) == true);
                var reads = steps.FindIndex(s => (s.Uses == Actions.Checkout && s.With.GetValueOrDefault("ref") == Commit) || IsCredentials(s));
                foreach (var step in steps.Where(s => s.Uses == Actions.Checkout && s.With.GetValueOrDefault("ref") == Commit && !s.With.ContainsKey("path")))
                {
                    yield return $"{w.FileName}: job '{j.Id}', step '{step.Name}' checks out {Commit} as the workspace, so infra would run from the dispatched commit: check it out with 'path' (data only) and run infra from the workflow ref.";
                }

                if (verify >= 0 && (reads < 0 || verify < reads))
                {
                    verified.Add(j.Id);
                }
                else if (reads >= 0 && !Needs(w, j).Any(verified.Contains))
                {
                    yield return $"{w.FileName}: job '{j.Id}' checks out {Commit} or assumes a role at step '{steps[reads].Name}' before '{Steps.Infra} promote verify' ran: verify first in this job, or make it need the job that does.";
                }
            }
        }
    }

    // Every job a job needs, directly or through the jobs it needs.
    private static HashSet<string> Needs(Workflow workflow, Job job)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(job.Needs);
        while (pending.TryPop(out var id))
        {
            if (all.Add(id) && workflow.Jobs.FirstOrDefault(j => j.Id == id) is { } needed)
            {
                foreach (var next in needed.Needs)
                {
                    pending.Push(next);
                }
            }
        }

        return all;
    }

    /// <summary>AWS jobs reach AWS only through the infra verbs, which verify the account first: no aws, terraform, tofu or pulumi command of their own.</summary>
    public static IEnumerable<string> AwsReachedOnlyThroughInfra(IReadOnlyList<Workflow> workflows, WorkflowContext context)
    {
        foreach (var w in workflows)
        {
            foreach (var j in w.Jobs.Where(IsAwsJob))
            {
                foreach (var step in j.Steps.Where(s => s.Run is not null))
                {
                    foreach (Match m in DirectCloudCommand().Matches(step.Run!))
                    {
                        yield return $"{w.FileName}: job '{j.Id}', step '{step.Name}' runs '{m.Groups["command"].Value}' directly: call an infra verb ({Steps.Infra} ...), which verifies the account first.";
                    }
                }

                if (!j.Steps.Any(s => s.Run?.Contains(Steps.Infra, StringComparison.Ordinal) == true))
                {
                    yield return $"{w.FileName}: job '{j.Id}' assumes an AWS role but calls no infra verb: remove the credentials or call the verb that needs them.";
                }
            }
        }
    }

    /// <summary>
    /// Every job that runs in a stack's environment, and every job that plans a stack through its drift role, queues in
    /// that stack's one group, never cancelling the running one: a drift plan that overlaps a deploy reports the
    /// half-applied deploy as drift. The pull-request plan stays outside: it previews a change and judges nothing live.
    /// </summary>
    public static IEnumerable<string> OneConcurrencyGroupPerStack(IReadOnlyList<Workflow> workflows, WorkflowContext context)
    {
        var stacks = context.Targets.Select(t => t.Stack).ToHashSet(StringComparer.Ordinal);
        foreach (var w in workflows)
        {
            foreach (var j in w.Jobs)
            {
                if (j.Environment is { } env && stacks.Contains(env) && j.Concurrency != Steps.StackGroup(env))
                {
                    yield return $"{w.FileName}: job '{j.Id}' deploys to {env} with concurrency {j.Concurrency?.ToString() ?? "none"}: use group '{Steps.StackGroup(env).Group}' with cancel-in-progress: false, shared by every workflow that changes {env}.";
                }

                var drift = DriftStack(j, context);
                if (drift is not null && j.Concurrency != Steps.StackGroup(drift))
                {
                    yield return $"{w.FileName}: job '{j.Id}' plans {drift} through its drift role with concurrency {j.Concurrency?.ToString() ?? "none"}: use group '{Steps.StackGroup(drift).Group}' with cancel-in-progress: false, so it queues behind a deploy instead of reporting it as drift.";
                }

                if (j.Concurrency is { } c && c.CancelInProgress)
                {
                    yield return $"{w.FileName}: job '{j.Id}' has cancel-in-progress: true: a cancelled apply leaves the state locked and the stack half-changed; set it to false.";
                }

                if (j.Concurrency is { } g && g.Group.StartsWith("infra-", StringComparison.Ordinal)
                    && (j.Environment is null || g != Steps.StackGroup(j.Environment)) && (drift is null || g != Steps.StackGroup(drift)))
                {
                    yield return $"{w.FileName}: job '{j.Id}' joins stack group '{g.Group}' without deploying to that stack (environment '{j.Environment}') or planning it through its drift role.";
                }
            }
        }
    }

    /// <summary>No step anywhere destroys a stack: a destroy in prod is an administrator's, outside the pipeline.</summary>
    public static IEnumerable<string> NoDestroy(IReadOnlyList<Workflow> workflows, WorkflowContext context) =>
        from w in workflows
        from j in w.Jobs
        from s in j.Steps
        where s.Run is not null && Destroy().IsMatch(s.Run)
        select $"{w.FileName}: job '{j.Id}', step '{s.Name}' runs a destroy ('{Destroy().Match(s.Run!).Value}'): no workflow destroys a stack; a destroy is done by an administrator with a change ticket.";

    /// <summary>Actions are pinned to a major version or a full commit SHA; local reusable workflows are in the repository.</summary>
    public static IEnumerable<string> ActionsPinned(IReadOnlyList<Workflow> workflows, WorkflowContext context) =>
        from w in workflows
        from j in w.Jobs
        from uses in j.Steps.Select(s => s.Uses).Append(j.Uses).OfType<string>()
        where !uses.StartsWith("./", StringComparison.Ordinal) && !Pinned().IsMatch(uses)
        select $"{w.FileName}: job '{j.Id}' uses '{uses}': pin it to a major version (@v4) or a full commit SHA, never a branch.";

    /// <summary>Secrets reach a step only through <c>env</c>, and no script prints such a variable.</summary>
    public static IEnumerable<string> SecretsNeverEchoed(IReadOnlyList<Workflow> workflows, WorkflowContext context)
    {
        foreach (var w in workflows)
        {
            foreach (var j in w.Jobs)
            {
                foreach (var s in j.Steps)
                {
                    if (s.Run?.Contains("secrets.", StringComparison.Ordinal) == true)
                    {
                        yield return $"{w.FileName}: job '{j.Id}', step '{s.Name}' writes a secret into its script: pass it through env instead.";
                    }

                    var secretVariables = s.Env.Where(e => e.Value.Contains("secrets.", StringComparison.Ordinal) || e.Key.Contains("TOKEN", StringComparison.Ordinal)).Select(e => e.Key);
                    foreach (var name in secretVariables)
                    {
                        if (s.Run is { } run && Regex.IsMatch(run, $@"\b(echo|printf)\b[^\n]*\${{?{Regex.Escape(name)}\b"))
                        {
                            yield return $"{w.FileName}: job '{j.Id}', step '{s.Name}' prints secret variable {name}: never echo a secret.";
                        }
                    }
                }
            }
        }
    }

    // The stack whose drift role the job assumes, or null.
    private static string? DriftStack(Job job, WorkflowContext context) =>
        job.Steps.Where(IsCredentials)
            .Select(s => context.Targets.FirstOrDefault(t => t.AccountId == s.With.GetValueOrDefault("allowed-account-ids") && t.DriftRoleArn == s.With.GetValueOrDefault("role-to-assume")))
            .FirstOrDefault(t => t is not null)?.Stack;

    private static bool IsCredentials(Step step) =>
        step.Uses?.StartsWith("aws-actions/configure-aws-credentials@", StringComparison.Ordinal) == true || step.With.ContainsKey("role-to-assume");

    [GeneratedRegex(@"(?m)(?:^|[;&|(]\s*|\$\(\s*)(?<command>(?:aws|terraform|tofu|pulumi|sam|cdk)\s+[a-z0-9-]+)")]
    private static partial Regex DirectCloudCommand();

    [GeneratedRegex(@"(?:terraform|tofu|pulumi)\b[^\n]*(?:\bdestroy\b|-destroy\b)|\bapply\b[^\n]*-destroy\b")]
    private static partial Regex Destroy();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@(?:v[0-9]+(?:\.[0-9]+){0,2}|[0-9a-f]{40})$")]
    private static partial Regex Pinned();
}
