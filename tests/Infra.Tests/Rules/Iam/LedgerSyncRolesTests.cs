using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

public class LedgerSyncRolesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Test]
    public void SyncOnTheRepositoryChangesNothing()
    {
        var changes = LedgerSyncRoles.PlanRepository(Testing.TestApp.Platform, RepositoryFiles.Root, Today);

        Assert.That(changes.Select(c => c.Ledger.Role), Is.EquivalentTo(new[] { "github-deploy", "github-drift", "github-plan", "github-promote-plan" }), "every ledger is synchronised");
        Assert.That(PermissionsReport.SyncChanges(changes, checkOnly: true, pruning: false), Does.StartWith("The ledgers are in sync"),
            "the committed ledgers must hold exactly the required grants the stacks need");
    }

    [Test]
    public void AddingAResourceAddsExactlyItsGrantsAndRemovingItWithPruneRestoresTheLedgersByteForByte()
    {
        using var repo = TestRepository.CopyOfReal();
        var originals = Ledgers(repo);

        var added = Sync(repo, withQueue: true, prune: false);

        Assert.That(added.SelectMany(c => c.Additions), Is.Not.Empty, "a new queue needs grants the ledgers do not hold");
        foreach (var grant in added.SelectMany(c => c.Additions))
        {
            Assert.That(grant.Resource, Does.Contain("2-1-bbws-extra-queue-${stack}").Or.EqualTo("*"), $"{grant.Action} on {grant.Resource}: only the queue's own grants are added");
            Assert.That(grant.Stacks, Is.Null, $"{grant.Action}: every stack has the queue, so the grant applies in every stack");
            Assert.That(grant.IsRequired && !grant.IsObserved, Is.True, $"{grant.Action} is added as required evidence only");
            Assert.That(grant.Required!.Select(r => r.By), Has.All.StartWith("aws_sqs_queue.extra_queue ("), $"{grant.Action}: its requirers are the queue's calls");
            Assert.That(grant.Required!.Select(r => r.From), Has.All.StartWith("infra/IamRequirements/aws/aws_sqs_queue.yaml: "), $"{grant.Action}: each requirer names its table entry");
        }

        foreach (var update in added.SelectMany(c => c.Updates))
        {
            var gained = update.Required.Except(update.Grant.Required!).ToList();
            Assert.That(gained.Select(r => r.By), Has.All.StartWith("aws_sqs_queue.extra_queue ("), $"{update.Grant.Action} on {update.Grant.Resource} gains only the queue's calls");
            Assert.That(update.Grant.Required!.Except(update.Required), Is.Empty, $"{update.Grant.Action}: no requirer is lost by adding a resource");
        }

        var deploy = EvidenceLedger.Load(EvidenceLedger.PathFor(repo.Root, "github-deploy"));
        Assert.That(deploy.Grants.Where(g => g.Resource.Contains("extra-queue", StringComparison.Ordinal)).Select(g => g.Action), Does.Contain("sqs:CreateQueue"), "the deploy ledger now grants creating the queue");
        Assert.That(Plan(repo, withQueue: true).All(c => c.IsEmpty), Is.True, "a second sync with the queue changes nothing");

        var reported = Sync(repo, withQueue: false, prune: false);

        Assert.That(reported.SelectMany(c => c.Stale).Select(g => (g.Action, g.Resource)), Is.EquivalentTo(added.SelectMany(c => c.Additions).Select(g => (g.Action, g.Resource))),
            "without the queue exactly its grants are stale");
        Assert.That(EvidenceLedger.Load(EvidenceLedger.PathFor(repo.Root, "github-deploy")).Grants.Count(g => g.Resource.Contains("extra-queue", StringComparison.Ordinal)), Is.GreaterThan(0),
            "without --prune stale grants are only reported");

        Sync(repo, withQueue: false, prune: true);

        var after = Ledgers(repo);
        foreach (var (role, text) in originals)
        {
            Assert.That(after[role], Is.EqualTo(text), $"{role}.yaml: after pruning, the ledger must be the original text, comments and order included");
        }
    }

    [Test]
    public void AnObservedGrantIsNeverPrunedOnlyItsStaleCallsAreDropped()
    {
        using var repo = TestRepository.CopyOfReal();
        var path = "infra/Ledgers/github-deploy.yaml";
        repo.Write(path, repo.Read(path).TrimEnd() + "\n  - action: sqs:DeleteQueue\n    resource: \"arn:aws:sqs:${region}:${account}:2-1-bbws-gone-${stack}\"\n    evidence: \"Observed: the old queue is deleted by hand after the migration to topics.\"\n    required:\n      - by: \"aws_sqs_queue.gone (delete)\"\n        from: \"infra/IamRequirements/aws/aws_sqs_queue.yaml: delete sqs:DeleteQueue\"\n    date: 2026-12-04\n");

        var changes = Sync(repo, withQueue: false, prune: true);

        Assert.That(changes.SelectMany(c => c.Updates).Where(u => u.Required.Count == 0).Select(u => u.Grant.Resource), Has.One.Contains("2-1-bbws-gone"), "the grant loses its stale required list");
        Assert.That(changes.SelectMany(c => c.Stale), Is.Empty, "a grant with observed evidence is never stale");
        var grant = EvidenceLedger.Load(EvidenceLedger.PathFor(repo.Root, "github-deploy")).Grants.Single(g => g.Resource.Contains("2-1-bbws-gone", StringComparison.Ordinal));
        Assert.That((grant.IsObserved, grant.IsRequired), Is.EqualTo((true, false)), "a grant with observed evidence stays even with --prune, without the calls that no longer exist");
        Assert.That(Plan(repo, withQueue: false).All(c => c.IsEmpty), Is.True, "the next sync finds nothing to do");
    }

    [Test]
    public void AGrantOnlyOneStackNeedsIsWrittenForThatStackOnly()
    {
        using var repo = TestRepository.CopyOfReal();

        var added = Sync(repo, withQueue: true, prune: false, queueIn: "prod");

        Assert.That(added.SelectMany(c => c.Additions), Is.Not.Empty, "test setup: prod's queue needs grants the ledgers do not hold");
        foreach (var grant in added.SelectMany(c => c.Additions))
        {
            Assert.That(grant.Stacks, Is.EqualTo(new[] { "prod" }), $"{grant.Action} on {grant.Resource}: only prod has the queue, so dev's and sit's roles must not be granted it");
        }

        var written = EvidenceLedger.Load(EvidenceLedger.PathFor(repo.Root, "github-deploy")).Grants.Where(g => g.Resource.Contains("extra-queue", StringComparison.Ordinal)).ToList();
        Assert.That(written, Is.Not.Empty.And.All.Matches<LedgerGrant>(g => g.Stacks!.SequenceEqual(new[] { "prod" })), "the ledger file must read back with 'stacks: [prod]'");
        Assert.That(Plan(repo, withQueue: true, queueIn: "prod").All(c => c.IsEmpty), Is.True, "a second sync with the queue in prod only changes nothing");
    }

    private static Dictionary<string, string> Ledgers(TestRepository repo) =>
        new[] { "github-deploy", "github-drift", "github-plan", "github-promote-plan" }.ToDictionary(r => r, r => repo.Read($"infra/Ledgers/{r}.yaml"));

    private static IReadOnlyList<LedgerChanges> Sync(TestRepository repo, bool withQueue, bool prune, string? queueIn = null)
    {
        var changes = Plan(repo, withQueue, queueIn);
        LedgerSync.Apply(changes, prune);
        return changes;
    }

    // Builds every stack of the copy (with one more queue in each main root when asked, or in one stack's) and plans the sync.
    private static IReadOnlyList<LedgerChanges> Plan(TestRepository repo, bool withQueue, string? queueIn = null)
    {
        var table = RequirementTable.Load(repo.Root, IamCatalog.Load(Path.Combine(repo.Root, IamCatalog.RelativePath)));
        var roles = new List<LedgerSyncRole>();
        var built = new List<Stack>();
        foreach (var name in ProjectConfig.Load(repo.Root).Stacks.Select(s => s.StackName))
        {
            var stack = StackHarness.Build(repo.Root, name);
            if (withQueue && (queueIn is null || queueIn == name))
            {
                _ = new SqsQueue("extra-queue", new SqsQueueArgs { Name = $"2-1-bbws-extra-queue-{name}" }, new ResourceOptions { Parent = stack.Main });
            }

            // Stacks come in promotion order: the one built before is the one this stack is promoted from.
            roles.AddRange(LedgerSyncRoles.Of(stack, table, built.LastOrDefault()));
            built.Add(stack);
        }

        return LedgerSync.Plan(EvidenceLedger.LoadAll(Path.Combine(repo.Root, EvidenceLedger.Folder)), roles, Today);
    }
}
