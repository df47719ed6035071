using Infra.Components;
using Infra.Model;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Components;
using Infra.Tests.Permissions;

namespace Infra.Tests.Rules;

public class LambdaEnvRuleTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    [NonCompliant(LambdaEnvRule.RuleId)]
    [Test]
    public void FailsOnThePlaybookIncidentAndNamesBothVariables()
    {
        folder.Write("handler/s3_repository.py", "import os\n\nbucket = os.getenv(\"TEMPLATES_BUCKET_NAME\")\n");
        var stack = Stack(new() { ["S3_EMAIL_TEMPLATES_BUCKET"] = "2-1-bbws-order-templates-536580886816-dev" });

        var findings = new LambdaEnvRule().Evaluate(stack).ToList();

        var error = findings.Single(f => f.Severity == Severity.Error);
        Assert.That(error.Message, Does.Contain("TEMPLATES_BUCKET_NAME").And.Contain("S3_EMAIL_TEMPLATES_BUCKET").And.Contain("s3_repository.py:3"));
        Assert.That(findings.Single(f => f.Severity == Severity.Warning).Message, Does.Contain("S3_EMAIL_TEMPLATES_BUCKET"), "a variable nobody reads is a warning");
    }

    [NonCompliant(LambdaEnvRule.RuleId)]
    [Test]
    public void FailsWhenTheCodeFallsBackToAnEmptyStringForAVariableTheFunctionDoesNotSet()
    {
        folder.Write("handler/s3_repository.py", "import os\n\nbucket = os.environ.get(\"TEMPLATES_BUCKET_NAME\", \"\")\n");
        var stack = Stack(new() { ["S3_EMAIL_TEMPLATES_BUCKET"] = "2-1-bbws-order-templates-536580886816-dev" });

        var findings = new LambdaEnvRule().Evaluate(stack).ToList();

        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.That(errors, Has.Count.EqualTo(1), "an empty default is no default: the read must fail synth, not only warn about the unread variable");
        Assert.That(errors[0].Message, Does.Contain("TEMPLATES_BUCKET_NAME").And.Contain("s3_repository.py:3").And.Contain("empty default").And.Contain("S3_EMAIL_TEMPLATES_BUCKET"), "the message must say the empty default is the problem and name the variable the function sets");
    }

    [Compliant(LambdaEnvRule.RuleId)]
    [Test]
    public void PassesWhenTheFunctionSetsAVariableTheCodeReadsWithAnEmptyDefault()
    {
        folder.Write("handler/app.py", "import os\nB = os.environ.get('TEMPLATES_BUCKET_NAME', '')\n");
        var stack = Stack(new() { ["TEMPLATES_BUCKET_NAME"] = "b" });

        Assert.That(new LambdaEnvRule().Evaluate(stack), Is.Empty);
    }

    [Compliant(LambdaEnvRule.RuleId)]
    [Test]
    public void PassesWhenEveryReadIsSetOrHasADefault()
    {
        folder.Write("handler/app.py", "import os\nB = os.environ['TEMPLATES_BUCKET_NAME']\nL = os.getenv('LOG_LEVEL', 'INFO')\nR = os.environ['AWS_REGION']\n");
        var stack = Stack(new() { ["TEMPLATES_BUCKET_NAME"] = "b" });

        Assert.That(new LambdaEnvRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void JudgesTheSourcesTheRunnerReadNotTheFolderAsItIsNow()
    {
        folder.Write("handler/app.py", "import os\nB = os.environ['TEMPLATES_BUCKET_NAME']\n");
        var context = RuleInputs.Read([Stack([])]).Single();

        // The rule runs after its inputs were read: a folder gone since then must not matter, as it does not exist for the rule.
        Directory.Delete(System.IO.Path.Combine(folder.Path, "handler"), recursive: true);

        Assert.That(new LambdaEnvRule().Evaluate(context).Single().Message, Does.Contain("TEMPLATES_BUCKET_NAME").And.Contain("app.py:2"), "LAMBDA-ENV must read the handler sources from its context only");
    }

    [Test]
    public void WarnsWhenAServiceHasNoSourceFolder()
    {
        var stack = TestStacks.Empty();
        _ = LambdaServiceTests.Build(stack);

        Assert.That(new LambdaEnvRule().Evaluate(stack).Single().Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void TheRealHandlersMatchTheirFunctionsInEveryStack()
    {
        var result = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root);

        Assert.That(result.Findings.Where(f => f.RuleId == LambdaEnvRule.RuleId).Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void IsRegistered() => Assert.That(RuleRegistry.All.OfType<LambdaEnvRule>(), Is.Not.Empty, "a rule not in RuleRegistry never runs");

    private Stack Stack(Dictionary<string, Input<string>> environment)
    {
        var stack = TestStacks.Empty();
        var root = new DirectoryInfo(folder.Path).Parent!.FullName;
        var source = HandlerSource.In(root, System.IO.Path.GetFileName(folder.Path) + "/handler");
        _ = LambdaServiceTests.Build(stack, a => a with { Environment = environment, Source = source });
        return stack;
    }
}
