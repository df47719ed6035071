using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;
using Infra.Tests.Permissions;

namespace Infra.Tests.Rules;

public class IamRulesTests
{
    [NonCompliant(IamCatalogRule.RuleId)]
    [Test]
    public void AMisspeltActionFailsWithADidYouMean()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Policy(stack, new PolicyStatement { Actions = ["dynamodb:PutItems"], Resources = ["arn:aws:dynamodb:eu-west-1:536580886816:table/t"], Reason = "store orders in the table" });

        Assert.That(new IamCatalogRule().Evaluate(stack).Single().Message, Does.Contain("dynamodb:PutItems").And.Contain("did you mean 'dynamodb:PutItem'"));
    }

    [NonCompliant(IamLeastPrivilegeRule.RuleId)]
    [TestCase("*", "arn:aws:s3:::b")]
    [TestCase("s3:*", "arn:aws:s3:::b")]
    [TestCase("dynamodb:PutItem", "*")]
    public void AWildcardActionOrAStarResourceForAScopableActionFails(string action, string resource)
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Policy(stack, new PolicyStatement { Actions = [action], Resources = [resource], Reason = "test grant for the rule" });

        Assert.That(new IamLeastPrivilegeRule().Evaluate(stack).Select(f => f.Message), Has.Some.Contain("IAM-LEAST").And.Some.Contain(action));
    }

    [TestCase(true, TestName = "A managed policy attached to a role grants, so IAM-LEAST judges its statements")]
    [TestCase(false, TestName = "A managed policy attached to no role (a permissions boundary) grants nothing, so IAM-LEAST leaves its caps alone")]
    public void IamLeastJudgesAManagedPolicyOnlyWhenItIsAttached(bool attached)
    {
        var stack = TestStacks.Empty();
        var policy = new IamPolicy("managed", new IamPolicyArgs
        {
            Name = "managed",
            Policy = new PolicyDocument(new PolicyStatement { Actions = ["dynamodb:PutItem"], Resources = ["*"], Reason = "caps what workload roles may ever do" }),
        }, TestStacks.In(stack.Main));
        if (attached)
        {
            _ = new IamRolePolicyAttachment("attachment", new IamRolePolicyAttachmentArgs { Role = "role", PolicyArn = policy.Arn, Reason = "the role's grants live in a managed policy" }, TestStacks.In(stack.Main));
        }

        var findings = new IamLeastPrivilegeRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(findings.Any(f => f.Contains("dynamodb:PutItem", StringComparison.Ordinal)), Is.EqualTo(attached), $"attached={attached}: findings were {string.Join("\n", findings)}");
    }

    [Test]
    public void AStarResourceForAnActionWithoutResourceLevelPermissionPasses()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Policy(stack, new PolicyStatement { Actions = ["xray:PutTraceSegments"], Resources = ["*"], Reason = "X-Ray takes no resource-level permission" });

        Assert.That(new IamLeastPrivilegeRule().Evaluate(stack), Is.Empty, "xray:PutTraceSegments can only be granted on *");
    }

    [NonCompliant(IamNotActionRule.RuleId)]
    [Test]
    public void AnAllowWithNotActionFails()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Policy(stack, new PolicyStatement { NotActions = ["iam:*"], Resources = ["*"], Reason = "everything but IAM" });

        Assert.That(new IamNotActionRule().Evaluate(stack).Single().Message, Does.Contain("NotAction [iam:*]"));
    }

    [NonCompliant(IamPassRoleRule.RuleId)]
    [Test]
    public void PassRoleOnAnyRoleWithoutAServiceConditionFailsTwice()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Policy(stack, new PolicyStatement { Actions = ["iam:PassRole"], Resources = ["*"], Reason = "deploy functions" });

        Assert.That(new IamPassRoleRule().Evaluate(stack).Select(f => f.Message), Has.Some.Contain("on any role").And.Some.Contain("iam:PassedToService"));
    }

    [Compliant(IamPassRoleRule.RuleId)]
    [Test]
    public void PassRoleOnANamedRoleToOneServicePasses()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Policy(stack, new PolicyStatement
        {
            Actions = ["iam:PassRole"],
            Resources = ["arn:aws:iam::536580886816:role/2-1-bbws-fn-dev"],
            Conditions = [new PolicyCondition("StringEquals", "iam:PassedToService", ["lambda.amazonaws.com"])],
            Reason = "deploy the function with its execution role",
        });

        Assert.That(new IamPassRoleRule().Evaluate(stack), Is.Empty);
    }

    [NonCompliant(IamPassRoleRule.RuleId)]
    [Test]
    public void ALedgerPassRoleGrantWithoutAServiceIsAFindingAtItsLine()
    {
        using var folder = new TempFolder();
        var stack = TestStacks.Empty();
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:dev", PassRoleLedger(folder, passedToService: null));

        var ledgerFindings = new IamPassRoleRule().Evaluate(stack).Select(f => f.Message).Where(m => m.Contains("github-deploy.yaml", StringComparison.Ordinal)).ToList();

        Assert.That(ledgerFindings, Has.Count.EqualTo(1), "the ledger grant without passed-to-service must be reported once, naming its file");
        Assert.That(ledgerFindings[0], Does.Contain("github-deploy.yaml:3 grants iam:PassRole").And.Contain("passed-to-service"), "the finding must name the file and line and say how to fix it");
    }

    [Compliant(IamPassRoleRule.RuleId)]
    [Test]
    public void ALedgerPassRoleGrantToOneServiceOnANamedRolePasses()
    {
        using var folder = new TempFolder();
        var stack = TestStacks.Empty();
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:dev", PassRoleLedger(folder, "lambda.amazonaws.com"));

        Assert.That(new IamPassRoleRule().Evaluate(stack).Select(f => f.Message), Is.Empty, "a PassRole grant on a named role to one service is what the rule asks for");
    }

    [Compliant(IamCatalogRule.RuleId)]
    [Compliant(IamLeastPrivilegeRule.RuleId)]
    [Compliant(IamNotActionRule.RuleId)]
    [Test]
    public void ThePlatformsStatementsAndLedgersComply()
    {
        Rule[] rules = [new IamCatalogRule(), new IamLeastPrivilegeRule(), new IamNotActionRule(), new IamPassRoleRule()];

        Assert.That(RuleFixtures.PlatformStacks().SelectMany(s => rules.SelectMany(r => r.Evaluate(s))).Select(f => f.ToString()), Is.Empty, "the platform's role policies and ledgers must pass the IAM rules");
    }

    private static EvidenceLedger PassRoleLedger(TempFolder folder, string? passedToService) =>
        EvidenceLedger.Load(folder.Write("github-deploy.yaml", "role: github-deploy\ngrants:\n  - action: iam:PassRole\n    resource: \"arn:aws:iam::${account}:role/2-1-bbws-fn-${stack}\"\n    evidence: \"the function's execution role\"\n"
            + (passedToService is null ? string.Empty : $"    passed-to-service: {passedToService}\n")));
}
