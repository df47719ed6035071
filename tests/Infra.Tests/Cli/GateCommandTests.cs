using Infra.Rules;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Cli;

public class GateCommandTests
{
    // A synthesized copy whose only commit holds the output edited by `editBase`: the working tree's fresh synth
    // is then what the pull request makes of that base.
    private static TestRepository RepositoryWithBase(string stack, Action<JObject> editBase)
    {
        var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero, "test setup: the first synth must pass");
        var path = Path.Combine(repo.Root, "stacks", stack, "terraform", "main.tf.json");
        var module = JObject.Parse(File.ReadAllText(path));
        editBase((JObject)module["resource"]!);
        File.WriteAllText(path, module.ToString());
        TestGit.Run(repo.Root, "init", "-q");
        TestGit.Run(repo.Root, "add", "-A");
        TestGit.Run(repo.Root, "commit", "-q", "-m", "base");
        return repo;
    }

    // The base held a protected table that the pull request's code no longer declares.
    private static void ProtectedLegacyTable(JObject resources)
    {
        var table = (JObject)resources["aws_dynamodb_table"]!["orders_table"]!.DeepClone();
        table["name"] = "legacy";
        table["lifecycle"] = new JObject { ["prevent_destroy"] = true };
        ((JObject)resources["aws_dynamodb_table"]!)["legacy_table"] = table;
    }

    [Test]
    public void BaseGateInProdRefusesARemovedProtectedTableNamingIt()
    {
        using var repo = RepositoryWithBase("prod", ProtectedLegacyTable);

        var (exit, output, error) = Run("gate", "--stack", "prod", "--base", "HEAD", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.CheckFailed), $"a prod destroy must fail the pull request\n{output}\n{error}");
            Assert.That(output, Does.Contain($"FAIL [{NoDestroyInProductionRule.RuleId}] aws_dynamodb_table.legacy_table"), "the refusal must name the removed resource");
            Assert.That(output, Does.Contain($"FAIL [{ProtectedResourceRule.RuleId}] aws_dynamodb_table.legacy_table"), "the refusal must say it was protected");
            Assert.That(error, Does.Contain("aws_dynamodb_table.legacy_table").And.Contain("HEAD"), "the summary must name the resource and the base");
        });
    }

    [Test]
    public void BaseGateInProdRefusesARemovedPreventDestroyNamingWhatWasLost()
    {
        using var repo = RepositoryWithBase("prod", resources =>
            resources["aws_lambda_function"]!["order_processor_function"]!["lifecycle"] = new JObject { ["prevent_destroy"] = true });

        var (exit, output, error) = Run("gate", "--stack", "prod", "--base", "HEAD", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.CheckFailed), $"a weakened prod protection must fail the pull request\n{output}\n{error}");
            Assert.That(output, Does.Contain($"FAIL [{ProtectionLossRule.RuleId}] aws_lambda_function.order_processor_function").And.Contain("lifecycle.prevent_destroy = true removed"), "the refusal must name the resource and what was lost");
        });
    }

    [Test]
    public void BaseGateOutsideProdPassesARemovedProtectedTableWithAWarning()
    {
        using var repo = RepositoryWithBase("dev", ProtectedLegacyTable);

        var (exit, output, error) = Run("gate", "--stack", "dev", "--base", "HEAD", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), $"only prod is refused at pull-request time\n{output}\n{error}");
            Assert.That(output, Does.Contain($"WARN [{ProtectedResourceRule.RuleId}] aws_dynamodb_table.legacy_table"), "the destroy must still be reported");
            Assert.That(output, Does.Contain("gate passed for stack dev with 1 warning(s)"));
        });
    }

    [Test]
    public void BaseGateWithoutChangesPasses()
    {
        using var repo = RepositoryWithBase("prod", _ => { });

        var (exit, output, error) = Run("gate", "--stack", "prod", "--base", "HEAD", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), $"{output}\n{error}");
            Assert.That(output, Does.Contain("gate passed for stack prod").And.Not.Contain("warning"), "an unchanged stack has nothing to report");
        });
    }

    [Test]
    public void GateNeedsEitherAPlanOrABase()
    {
        var (exit, _, error) = Run("gate", "--stack", "prod", "--root", RepositoryFiles.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error, Does.Contain("--plan").And.Contain("--base"), "the message must name both ways to run the gate");
        });
    }
}
