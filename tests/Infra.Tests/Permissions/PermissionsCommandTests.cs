using Infra.Cli;
using Infra.Tests.Testing;

namespace Infra.Tests.Permissions;

public class PermissionsCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = InfraCli.Run(Testing.TestApp.Platform, args, output, error, TestClock.On());
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void ParsePrintsJsonAndExitsZero()
    {
        var (code, output, _) = Run("permissions", "parse", "--format", "json",
            "User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions is not authorized to perform: lambda:GetPolicy on resource: * because no identity-based policy allows the lambda:GetPolicy action");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("\"reason\": \"missing-identity-grant\"").And.Contain("\"lambda:GetPolicy\""));
    }

    [Test]
    public void ParseExitsTwoWithoutADenial()
    {
        Assert.That(Run("permissions", "parse", "Error: the conditional request failed").Code, Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void ParseWithoutADenialSaysWhatItLookedForAndInWhichFile()
    {
        using var log = new TempFolder();
        var file = log.Write("ci.log", "Error: the conditional request failed\n");

        var (code, _, error) = Run("permissions", "parse", "--file", file);

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.StartWith($"infra: {file}: no AccessDenied"), "exit 2 must come with one message naming the file");
    }

    [Test]
    public void AddRefusesAnScpDenialWithExitOne()
    {
        using var log = new TempFolder();
        var file = log.Write("error.txt", "User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions is not authorized to perform: s3:DeleteBucket on resource: \"arn:aws:s3:::x\" with an explicit deny in a service control policy");

        var (code, _, error) = Run("permissions", "add", "--role", "github-deploy", "--from-error-file", file, "--root", RepositoryFiles.Root);

        Assert.That(code, Is.EqualTo(ExitCodes.CheckFailed));
        Assert.That(error, Does.Contain("service control policy").And.Not.Contain("   at "), "one message, no stack trace");
    }

    [Test]
    public void AddNeedsExactlyOneSourceOfErrorText()
    {
        var (code, _, error) = Run("permissions", "add", "--role", "github-deploy", "--root", RepositoryFiles.Root);

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("--from-error-file"));
    }

    [Test]
    public void ExplainPrintsAMarkdownTableOfTheLedger()
    {
        var (code, output, _) = Run("permissions", "explain", "--role", "github-plan", "--format", "markdown", "--root", RepositoryFiles.Root);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("| Action | Resource | Date | Kind | Origin |").And.Contain("| `s3:GetObject` |"));
    }

    [Test]
    public void ExplainShowsEachGrantsKindAndOrigin()
    {
        var (code, output, _) = Run("permissions", "explain", "--role", "github-deploy", "--root", RepositoryFiles.Root);

        var lines = output.Split('\n');
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(lines, Has.Some.Match(@"^lambda:GetPolicy\s.*\sobserved\s+Error: reading Lambda Function"), "an observed grant shows its AccessDenied text");
        Assert.That(lines, Has.Some.Match(@"^apigateway:PATCH\s+arn:aws:apigateway:\$\{region\}::/account\s.*\srequired\s+required by aws_api_gateway_account\.apigateway_account_settings \(create\) from infra/IamRequirements/aws/aws_api_gateway_account\.yaml: create apigateway:PATCH"),
            "a required grant shows the calls that need it and their requirement-table entries");
    }

    [Test]
    public void SyncCheckOnTheRepositoryFindsItInSync()
    {
        var (code, output, error) = Run("permissions", "sync", "--check", "--root", RepositoryFiles.Root);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), "the committed ledgers must hold exactly the required grants the stacks need: " + output + error);
        Assert.That(output, Does.Contain("in sync"));
    }

    [Test]
    public void AddWritesTheObservedGrantAndTellsTheUserToRunSynth()
    {
        using var repo = TestRepository.CopyOfReal();
        const string Denial = "api error AccessDeniedException: User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions is not authorized to perform: lambda:GetFunctionConcurrency on resource: arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev because no identity-based policy allows the lambda:GetFunctionConcurrency action";

        var (code, output, error) = Run("permissions", "add", "--role", "github-deploy", "--from-error", Denial, "--root", repo.Root);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("added lambda:GetFunctionConcurrency").And.Contain("Run 'infra synth'"), "add must say that the policies under stacks/ are stale until synth runs");
        var grant = Infra.Permissions.EvidenceLedger.Load(Infra.Permissions.EvidenceLedger.PathFor(repo.Root, "github-deploy")).Grants[^1];
        Assert.That((grant.Action, grant.IsObserved, grant.IsRequired), Is.EqualTo(("lambda:GetFunctionConcurrency", true, false)), "an error the tables did not predict is observed evidence");
    }

    [Test]
    public void AddTargetsTheRoleNamesOfTheStacksConfiguredPrefix()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "config:\n", "config:\n  bbws:namePrefix: 7-3-shop\n");
        var deployRole = ((Infra.Components.GithubActionsRole)StackHarness.Build(repo.Root, "dev").Bootstrap.Find("github-deploy")!).Role.Args.Name;
        Assert.That(deployRole, Is.EqualTo("7-3-shop-github-deploy-dev"), "test setup: the program names the dev deploy role with the configured prefix");
        string Denial(string role) => $"User: arn:aws:sts::536580886816:assumed-role/{role}/GitHubActions is not authorized to perform: lambda:GetFunctionConcurrency on resource: arn:aws:lambda:eu-west-1:536580886816:function:7-3-shop-product-api-dev";

        var (oldCode, oldOutput, oldError) = Run("permissions", "add", "--role", "github-deploy", "--from-error", Denial("2-1-bbws-github-deploy-dev"), "--root", repo.Root);
        var (code, output, error) = Run("permissions", "add", "--role", "github-deploy", "--from-error", Denial(deployRole), "--root", repo.Root);

        Assert.That(oldCode, Is.EqualTo(ExitCodes.CheckFailed), "a role named with the default prefix is no longer the dev stack's deploy role: " + oldOutput + oldError);
        Assert.That(oldError, Does.Contain("7-3-shop-<logical-role>-dev"), "the refusal must name the role-name form the stack's config gives");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), "the role the program creates under the configured prefix must be the one add grows: " + output + error);
        var grant = Infra.Permissions.EvidenceLedger.Load(Infra.Permissions.EvidenceLedger.PathFor(repo.Root, "github-deploy")).Grants[^1];
        Assert.That(grant.Action, Is.EqualTo("lambda:GetFunctionConcurrency"));
    }

    [Test]
    public void SyncCheckExitsOneWhenALedgerLacksARequiredGrant()
    {
        using var repo = TestRepository.CopyOfReal();
        var path = "infra/Ledgers/github-drift.yaml";
        var text = repo.Read(path);
        var start = text.IndexOf("  - action: sqs:ListQueueTags\n", StringComparison.Ordinal);
        var end = text.IndexOf("  - action:", start + 1, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "test setup: the drift ledger grants sqs:ListQueueTags");
        repo.Write(path, text.Remove(start, end - start));

        var (code, output, _) = Run("permissions", "sync", "--check", "--root", repo.Root);

        Assert.That(code, Is.EqualTo(ExitCodes.CheckFailed), "a ledger missing a grant the stacks need is not in sync");
        Assert.That(output, Does.Contain("github-drift.yaml: missing sqs:ListQueueTags"));
        Assert.That(repo.Read(path), Does.Not.Contain("sqs:ListQueueTags\n    resource: \"arn:aws:sqs:${region}:${account}:2-1-bbws-orders-${stack}\""), "--check writes nothing");
    }
}
