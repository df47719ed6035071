using Infra.Configuration;
using Infra.Tests.Testing;

namespace Infra.Tests.Configuration;

public class StackConfigTests
{
    private static InfraException LoadFails(TestRepository repo) =>
        Assert.Throws<InfraException>(() => ProjectConfig.Load(repo.Root))!;

    [TestCase("CHG[0-9")]
    [TestCase("CHG(")]
    [TestCase("*CHG")]
    public void LoadExits2NamingTheKeyWhenTheChangeTicketPatternIsNotARegularExpression(string pattern)
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "bbws:changeTicketPattern: CHG[0-9]{7}", $"bbws:changeTicketPattern: '{pattern}'");

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.StartWith("Pulumi.prod.yaml").And.Contain("bbws:changeTicketPattern").And.Contain("not a valid regular expression"));
        });
    }

    [Test]
    public void ACatastrophicChangeTicketPatternTimesOutAsBadInputInsteadOfHanging()
    {
        var pattern = ChangeTicketPattern.Parse("(a+)+$", "Pulumi.prod.yaml", "bbws:changeTicketPattern");

        var error = Assert.Throws<InfraException>(() => pattern.IsMatch(new string('a', 40) + "!"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a pattern that cannot finish is bad config");
            Assert.That(error.Message, Does.Contain("bbws:changeTicketPattern").And.Contain("Pulumi.prod.yaml").And.Contain("backtracking"));
        });
    }

    [TestCase(10, "7 or 14")]
    [TestCase(0, "1")]
    [TestCase(4000, "3653")]
    [TestCase(366, "365")]
    public void LoadExits2NamingTheNearestValidValuesWhenLogRetentionIsNotOneCloudwatchAccepts(int days, string nearest)
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "bbws:logRetentionDays: 14", $"bbws:logRetentionDays: {days}");

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.StartWith("Pulumi.dev.yaml").And.Contain("bbws:logRetentionDays").And.Contain($"use {nearest}"), "the message must name the nearest valid values");
        });
    }

    [TestCase(1)]
    [TestCase(400)]
    [TestCase(3653)]
    public void EveryRetentionCloudwatchAcceptsLoads(int days)
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "bbws:logRetentionDays: 14", $"bbws:logRetentionDays: {days}");

        Assert.That(ProjectConfig.Load(repo.Root).Stack("dev").RequireInt("logRetentionDays"), Is.EqualTo(days), $"{days} is a CloudWatch Logs retention");
    }

    [TestCase("bbws:environmentReviewers", 7, "at most 6")]
    [TestCase("bbws:approvalReviewers1", 7, "at most 6")]
    [TestCase("bbws:deployBranches", 51, "at most 50")]
    [TestCase("bbws:deployTags", 51, "at most 50")]
    [TestCase("bbws:codeOwners", 51, "at most 50")]
    public void LoadExits2WhenAListIsLongerThanWhatItConfiguresAccepts(string key, int count, string limit)
    {
        using var repo = TestRepository.CopyOfReal();
        var items = string.Concat(Enumerable.Range(1, count).Select(i => $"\n    - \"{1000 + i}\""));
        repo.Write("Pulumi.sit.yaml", $"config:\n  aws:region: eu-west-1\n  bbws:accountId: \"815856636111\"\n  {key}:{items}\n");

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.StartWith("Pulumi.sit.yaml").And.Contain(key).And.Contain($"{count} items").And.Contain(limit));
        });
    }

    [Test]
    public void AStackFileMayNotRedeclareTheSetOfStacks()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "config:\n", "config:\n  bbws:stacks: [dev]\n");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.StartWith("Pulumi.dev.yaml").And.Contain("bbws:stacks").And.Contain("Pulumi.yaml"), "the set of stacks is the project's, not one stack's");
    }
}
