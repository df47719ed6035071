using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Components;
using Infra.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Infra.Tests.Rules;

/// <summary>
/// An allow-listed difference between the stacks is a decision, except when it takes a protected resource out of prod
/// or its protection away: that is a prod destroy, which PARITY names and refuses unless a suppression with a reason
/// and an expiry documents it (the destroy itself still goes through the gate's refusal and the break-glass procedure).
/// </summary>
public class ParityRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly Dictionary<string, string> AllowOrders = new(StringComparer.Ordinal)
    {
        ["orders-table"] = "The orders table is retired from prod; dev and sit keep it for the migration tests.",
    };

    [NonCompliant(ParityRule.RuleId)]
    [Test]
    public void AnAllowListedTableKeptOutOfProdIsRefusedAsTheRemovalOfAProtectedProdResource()
    {
        var finding = RuleRunner.Run([new ParityRule(AllowOrders, Clock())], OrdersOutsideProd()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.IsBlocking, Is.True, "an allow-list line alone must not let a protected prod table go");
            Assert.That(finding.Message, Does.Contain("removes protected prod resource aws_dynamodb_table.orders_table"), "the message must say what the difference destroys in prod");
            Assert.That(finding.Message, Does.Contain("exists in dev, sit but not in prod").And.Contain("'orders-table'"), "the message must say where the table is and which allow-list entry keeps it out of prod");
            Assert.That(finding.Message, Does.Contain("break-glass"), "the message must say how the destroy is really done");
            Assert.That(finding.Resource?.Root.Stack.Name, Is.EqualTo("dev"), "the finding is on the table of the first stack that holds it, where its suppression is read");
        });
    }

    [Test]
    public void ASuppressionWithAReasonAndAnExpiryAcceptsTheRemoval()
    {
        var suppression = new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod after the export", Today.AddDays(30));

        var finding = RuleRunner.Run([new ParityRule(AllowOrders, Clock())], OrdersOutsideProd(suppression)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.IsBlocking, Is.False, "a documented destroy with an expiry is accepted at synth time");
            Assert.That(finding.SuppressedBecause, Is.EqualTo(suppression.Reason), "the accepted finding carries the suppression's reason");
        });
    }

    [Test]
    public void ASuppressionWithoutAnExpiryDoesNotAcceptTheRemoval()
    {
        var finding = RuleRunner.Run([new ParityRule(AllowOrders, Clock())], OrdersOutsideProd(new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod"))).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.IsBlocking, Is.True, "a protected prod destroy is accepted only for a limited time");
            Assert.That(finding.Message, Does.Contain("has no expiry"), "the message must say what the suppression lacks");
        });
    }

    [Test]
    public void AnExpiredSuppressionDoesNotAcceptTheRemoval()
    {
        var expires = Today.AddDays(-1);

        var finding = RuleRunner.Run([new ParityRule(AllowOrders, Clock())], OrdersOutsideProd(new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod", expires))).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.IsBlocking, Is.True, "an expired suppression accepts nothing");
            Assert.That(finding.Message, Does.Contain("expired on 2026-06-14"), "the message must say when the suppression expired");
        });
    }

    [Test]
    public void ASuppressionExpiringTodayStillAcceptsTheRemoval()
    {
        var finding = RuleRunner.Run([new ParityRule(AllowOrders, Clock())], OrdersOutsideProd(new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod", Today))).Single();

        Assert.That(finding.IsBlocking, Is.False, "a suppression applies through its expiry day, as infra check counts it");
    }

    [Test]
    public void TheRuleJudgesExpiryByItsClockWhenItRunsNotWhenItWasMade()
    {
        var clock = Clock();
        var rule = new ParityRule(AllowOrders, clock);
        var stacks = OrdersOutsideProd(new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod", Today));
        Assert.That(RuleRunner.Run([rule], stacks).Single().IsBlocking, Is.False, "test setup: on its expiry day the suppression accepts the removal");

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That(RuleRunner.Run([rule], stacks).Single().IsBlocking, Is.True, "once the clock passes midnight after the expiry day, the same rule must refuse the removal");
    }

    [NonCompliant(ParityRule.RuleId)]
    [Test]
    public void AnAllowListedResourceProtectedElsewhereButNotInProdIsRefusedAsUnprotectingIt()
    {
        var stacks = new[] { TestStacks.Empty("dev"), TestStacks.Empty("prod") };
        foreach (var stack in stacks)
        {
            _ = new SnsTopic("alerts", new SnsTopicArgs { Name = $"alerts-{stack.Name}" }, TestStacks.In(stack.Main) with { Protect = stack.Name != "prod" });
        }

        var finding = new ParityRule(new Dictionary<string, string>(StringComparer.Ordinal) { ["alerts"] = "Alerts differ by stack." }, Clock()).EvaluateAll(stacks).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Does.Contain("unprotects protected prod resource aws_sns_topic.alerts"), "the message must say that prod loses the protection");
            Assert.That(finding.Resource?.Root.Stack.Name, Is.EqualTo("prod"), "the finding is on prod's unprotected resource");
        });
    }

    [Compliant(ParityRule.RuleId)]
    [Test]
    public void AnAllowListedUnprotectedResourceThatProdLacksStaysADecision()
    {
        var stacks = new[] { TestStacks.Empty("dev"), TestStacks.Empty("prod") };
        _ = new SnsTopic("previews", new SnsTopicArgs { Name = "previews-dev" }, TestStacks.In(stacks[0].Main));

        var findings = new ParityRule(new Dictionary<string, string>(StringComparer.Ordinal) { ["previews"] = "Previews run against dev only." }, Clock()).EvaluateAll(stacks);

        Assert.That(findings.Select(f => f.ToString()), Is.Empty, "a topic prod would not protect is the allow-list's to decide");
    }

    [NonCompliant(ParityRule.RuleId)]
    [Test]
    public void ATableMissingFromProdWithoutAnAllowListLineSaysItRemovesAProtectedProdResource()
    {
        var finding = new ParityRule(new Dictionary<string, string>(StringComparer.Ordinal), Clock()).EvaluateAll(OrdersOutsideProd()).First();

        Assert.That(finding.Message, Does.Contain("exists in dev but not in prod").And.Contain("removes protected prod resource aws_dynamodb_table.orders_table"), "the plain parity error must also say what it destroys in prod");
    }

    [Test]
    public void ASuppressionWithoutAnExpiryDoesNotAcceptATableMissingFromProdEither()
    {
        var stacks = OrdersOutsideProd(new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod"));

        var findings = RuleRunner.Run([new ParityRule(new Dictionary<string, string>(StringComparer.Ordinal), Clock())], stacks);

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.Resource?.Root.Stack.Name), Is.EqualTo(new[] { "dev", "sit" }), "each stack's copy that prod lacks is refused while its suppression has no expiry");
    }

    [Test]
    public void TheRegistryJudgesAParitySuppressionOnTheClockItIsGiven()
    {
        var stacks = OrdersOutsideProd(new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod", Today));

        var onTheDay = RuleRunner.Run(RuleRegistry.For(Clock()), stacks).Where(f => f.RuleId == ParityRule.RuleId).ToList();
        var dayAfter = RuleRunner.Run(RuleRegistry.For(new FakeTimeProvider(new DateTimeOffset(Today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))), stacks).Where(f => f.RuleId == ParityRule.RuleId).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(onTheDay.Where(f => f.IsBlocking), Is.Empty, "on its expiry day by the given clock the suppression must still accept the removal");
            Assert.That(dayAfter.Where(f => f.IsBlocking), Is.Not.Empty, "the day after its expiry by the given clock the removal must be refused, whatever the machine's date");
        });
    }

    [Test]
    public void TheRuleCatalogueRefusesToJudgeAnExpiryOnTheMachinesClock()
    {
        var stacks = OrdersOutsideProd(new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod", Today));

        var parity = RuleRunner.Run(RuleRegistry.All, stacks).Where(f => f.RuleId == ParityRule.RuleId).ToList();

        Assert.That(parity.Where(f => f.IsBlocking).Select(f => f.Message), Has.Some.Contains("RuleRegistry.For"), "the catalogue has no clock: running it must fail loudly, not fall back to the machine's date");
    }

    [TestCase(0, false)]
    [TestCase(1, true)]
    public void SynthJudgesAParitySuppressionOnTheClockItIsHanded(int daysAfterExpiry, bool refused)
    {
        var app = new StandInApp
        {
            Declare = stack =>
            {
                _ = new AwsProvider("aws", new AwsProviderArgs { Region = stack.Region, AllowedAccountIds = [stack.AccountId] }, TestStacks.In(stack.Main));
                DeclareOrdersOutsideProd(stack, new Suppression(ParityRule.RuleId, "CHG0001234: orders table retired from prod", Today));
            },
        };
        var clock = new FakeTimeProvider(new DateTimeOffset(Today.AddDays(daysAfterExpiry).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

        var parity = Synthesizer.Run(app, RepositoryFiles.Root, time: clock).Findings.Where(f => f.RuleId == ParityRule.RuleId).ToList();

        Assert.That(parity, Is.Not.Empty, "test setup: the stacks differ by the orders table");
        Assert.That(parity.Any(f => f.IsBlocking), Is.EqualTo(refused), $"{daysAfterExpiry} day(s) after the expiry by synth's clock the removal must {(refused ? string.Empty : "not ")}be refused: {string.Join("; ", parity)}");
    }

    // The orders table declared in every stack but prod, as a program would with `if (stack.Name != "prod")`.
    private static Infra.Model.Stack[] OrdersOutsideProd(Suppression? suppression = null)
    {
        var stacks = new[] { TestStacks.Empty("dev"), TestStacks.Empty("sit"), TestStacks.Empty("prod") };
        foreach (var stack in stacks)
        {
            DeclareOrdersOutsideProd(stack, suppression);
        }

        return stacks;
    }

    private static void DeclareOrdersOutsideProd(Infra.Model.Stack stack, Suppression? suppression)
    {
        if (stack.Name != "prod")
        {
            _ = new DynamoDbTable("orders-table", new DynamoDbTableArgs
            {
                Name = $"2-1-bbws-orders-{stack.Name}",
                HashKey = "id",
                Attributes = [new DynamoDbAttribute { Name = "id", Type = "S" }],
                PointInTimeRecovery = new DynamoDbPointInTimeRecovery { Enabled = true },
                ServerSideEncryption = new DynamoDbServerSideEncryption { Enabled = true },
            }, TestStacks.In(stack.Main) with { Suppressions = suppression is null ? [] : [suppression] });
        }
    }

    // The last minute of Today (UTC), so that "through its expiry day" is tested at the day's edge.
    private static FakeTimeProvider Clock() => new(new DateTimeOffset(Today.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));
}
