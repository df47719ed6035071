using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

public class GitHubChangeTicketRuleTests
{
    [TestCase("  bbws:changeTicketPattern: CHG[0-9]{7}\n", "", "does not set bbws:changeTicketPattern")]
    [TestCase("CHG[0-9]{7}", "\"[A-Z]*\"", "matches an empty ticket")]
    [NonCompliant(GitHubChangeTicketRule.RuleId)]
    public void FailsWhenProdHasNoUsableChangeTicketPattern(string oldText, string newText, string expected)
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", oldText, newText);

        var findings = new GitHubChangeTicketRule().Evaluate(StackHarness.Build(repo.Root, "prod")).ToList();

        Assert.That(findings.Single().Message, Does.Contain(expected));
    }

    [Test]
    [Compliant(GitHubChangeTicketRule.RuleId)]
    public void PassesOnProdsPatternAndDoesNotApplyToSit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new GitHubChangeTicketRule().Evaluate(StackHarness.Build("prod")), Is.Empty, "prod sets CHG[0-9]{7}");
            Assert.That(new GitHubChangeTicketRule().Evaluate(StackHarness.Build("sit")), Is.Empty, "sit needs no change ticket");
        });
    }
}
