using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Components;
using Infra.Tests.Permissions;

namespace Infra.Tests.Rules;

public class IamEvidenceRuleTests
{
    [NonCompliant(IamEvidenceRule.RuleId)]
    [Test]
    public void FindsAnAllowStatementWithoutAReason()
    {
        var stack = TestStacks.Empty();
        var role = Role(stack);
        _ = new IamRolePolicy("guess", new IamRolePolicyArgs
        {
            Name = "guess",
            Role = role.RoleName,
            Policy = new PolicyDocument(new PolicyStatement { Sid = "Guessed", Actions = ["s3:*"], Resources = ["*"] }),
        }, TestStacks.In(stack.Main));

        var finding = new IamEvidenceRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("guess"));
        Assert.That(finding.Message, Does.Contain("Guessed").And.Contain("s3:*").And.Contain("without a Reason"));
    }

    [NonCompliant(IamEvidenceRule.RuleId)]
    [Test]
    public void FindsAnAllowStatementWhoseReasonIsOnlyNeeded()
    {
        var stack = TestStacks.Empty();
        var role = Role(stack);
        _ = new IamRolePolicy("vague", new IamRolePolicyArgs
        {
            Name = "vague",
            Role = role.RoleName,
            Policy = new PolicyDocument(new PolicyStatement { Sid = "Vague", Actions = ["s3:GetObject"], Resources = ["arn:aws:s3:::bucket/*"], Reason = "needed" }),
        }, TestStacks.In(stack.Main));

        var finding = new IamEvidenceRule().Evaluate(stack).Single();

        Assert.That(finding.Message, Does.Contain("Vague").And.Contain("'needed' explains nothing"), "a Reason that only says the grant is needed must be refused");
    }

    [Test]
    public void FindsAManagedPolicyAttachmentWithoutAReason()
    {
        var stack = TestStacks.Empty();
        var role = Role(stack);
        _ = new IamRolePolicyAttachment("admin", new IamRolePolicyAttachmentArgs { Role = role.RoleName, PolicyArn = "arn:aws:iam::aws:policy/AdministratorAccess", Reason = " " }, TestStacks.In(stack.Main));

        Assert.That(new IamEvidenceRule().Evaluate(stack).Select(f => f.Resource!.Name), Is.EqualTo(new[] { "admin" }));
    }

    [Test]
    public void FindsALedgerGrantWithoutEvidence()
    {
        using var folder = new TempFolder();
        var ledger = EvidenceLedger.Load(folder.Write("ci.yaml", "role: ci\ngrants:\n  - action: s3:PutObject\n    resource: \"*\"\n    date: 2025-12-29\n"));
        var stack = TestStacks.Empty();
        _ = new LedgerUser(ledger, TestStacks.In(stack.Bootstrap));

        var finding = new IamEvidenceRule().Evaluate(stack).Single();

        Assert.That(finding.Message, Does.Contain("ci.yaml:3").And.Contain("s3:PutObject").And.Contain("has no evidence"));
    }

    [TestCase("dev", 0, TestName = "A ledger grant without evidence scoped to sit is not judged in dev, where it grants nothing")]
    [TestCase("sit", 1, TestName = "A ledger grant without evidence scoped to sit is found in sit")]
    public void ALedgerGrantIsJudgedOnlyInTheStacksItIsScopedTo(string stackName, int expected)
    {
        using var folder = new TempFolder();
        var ledger = EvidenceLedger.Load(folder.Write("ci.yaml", "role: ci\ngrants:\n  - action: s3:PutObject\n    resource: \"*\"\n    stacks: [sit]\n    date: 2025-12-29\n"), ["dev", "sit", "prod"]);
        var stack = TestStacks.Empty(stackName);
        _ = new LedgerUser(ledger, TestStacks.In(stack.Bootstrap));

        var findings = new IamEvidenceRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(findings, Has.Count.EqualTo(expected), $"{stackName}: a grant counts only in the stacks of its 'stacks' field; findings: {string.Join("\n", findings)}");
    }

    [Compliant(IamEvidenceRule.RuleId)]
    [Test]
    public void StatementsWithReasonsAndDenyStatementsComply()
    {
        var stack = TestStacks.Empty();
        _ = LambdaServiceTests.Build(stack);
        _ = new IamRolePolicy("deny", new IamRolePolicyArgs
        {
            Name = "deny",
            Role = Role(stack).RoleName,
            Policy = new PolicyDocument(new PolicyStatement { Effect = "Deny", Actions = ["s3:*"], Resources = ["*"] }),
        }, TestStacks.In(stack.Main));

        Assert.That(new IamEvidenceRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void ThePlatformGrantsNothingWithoutEvidence()
    {
        var result = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root);

        Assert.That(result.Findings.Where(f => f.RuleId == IamEvidenceRule.RuleId).Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void IsRegistered() => Assert.That(RuleRegistry.All.OfType<IamEvidenceRule>(), Is.Not.Empty, "a rule not in RuleRegistry never runs");

    private static IamRole Role(Stack stack) => new("role", new IamRoleArgs
    {
        Name = "role",
        AssumeRolePolicy = new PolicyDocument(new PolicyStatement
        {
            Actions = ["sts:AssumeRole"],
            Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["lambda.amazonaws.com"] },
            Reason = "Lambda assumes the role to run the test function.",
        }),
    }, TestStacks.In(stack.Main));

    private sealed class LedgerUser(EvidenceLedger ledger, ResourceOptions options) : ComponentResource("test:test:LedgerUser", "ledger-user", options), IEvidenceLedgerUser
    {
        public IReadOnlyList<EvidenceLedger> Ledgers { get; } = [ledger];
    }
}
