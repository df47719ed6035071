using System.Reflection;
using System.Text.RegularExpressions;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Permissions;

namespace Infra.Tests.Rules;

public class RuleRegistryTests
{
    private static IEnumerable<Type> RuleClasses() =>
        typeof(IRule).Assembly.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    [Test]
    public void EveryRuleClassIsRegistered()
    {
        var registered = RuleRegistry.All.Select(r => r.GetType()).ToHashSet();

        Assert.That(RuleClasses().Where(t => !registered.Contains(t)).Select(t => t.Name), Is.Empty, "these rules are not in RuleRegistry.All, so they never run");
        Assert.That(RuleRegistry.All.GroupBy(r => r.GetType()).Where(g => g.Count() > 1).Select(g => g.Key.Name), Is.Empty, "these rules are registered twice, so their findings would be reported twice");
    }

    [Test]
    public void TheCommittedRuleReferenceListsEveryRegisteredRule()
    {
        var committed = File.ReadAllText(RepositoryFiles.Path(RuleReference.RelativePath));

        Assert.That(RuleRegistry.All.Where(r => !committed.Contains($"\n## {r.Id}\n", StringComparison.Ordinal)).Select(r => r.Id), Is.Empty, "infra/RULES.md lacks these rules: run 'dotnet run --project infra/Infra.Cli -- synth' and commit it");
    }

    [Test]
    public void RuleIdsAreUniqueAndStable()
    {
        var ids = RuleRegistry.All.Select(r => r.Id).ToList();

        Assert.That(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "two rules share an id, so a suppression could not tell them apart");
        Assert.That(RuleRegistry.All.OfType<Rule>().Select(r => r.Id).Where(i => !Regex.IsMatch(i, "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")), Is.Empty, "a graph rule id is not upper-case words joined by hyphens");

        // The plan gate's ids predate the registry and are quoted in CI logs and README: they keep their form.
        Assert.That(RuleRegistry.All.OfType<PlanRule>().Select(r => r.Id).Where(i => !Regex.IsMatch(i, "^gate(-[a-z]+)+$")), Is.Empty, "a plan rule id is not 'gate-' and lower-case words");
        Assert.That(RuleRegistry.All.Where(r => r is not (Rule or PlanRule)).Select(r => r.Id), Is.Empty, "a rule is either a graph rule or a plan rule");
        foreach (var rule in RuleRegistry.All)
        {
            var constant = rule.GetType().GetField("RuleId", BindingFlags.Public | BindingFlags.Static);
            Assert.That(constant?.IsLiteral == true && (string?)constant.GetValue(null) == rule.Id, Is.True, $"{rule.GetType().Name} has no public const RuleId equal to its Id: ids must be explicit constants");
        }
    }

    [Test]
    public void EveryRuleIsDocumented()
    {
        foreach (var rule in RuleRegistry.All)
        {
            Assert.That(rule.Title, Has.Length.GreaterThan(20), $"{rule.Id} has no title (what it requires)");
            Assert.That(rule.Rationale, Has.Length.GreaterThan(20), $"{rule.Id} has no explanation (why it exists)");
            Assert.That(rule.CheckovIds.Where(c => !Regex.IsMatch(c, "^(CKV2?_AWS|CKV_GIT)_[0-9]+$")), Is.Empty, $"{rule.Id} names a malformed checkov id");
        }
    }

    [Test]
    public void EveryRuleHasACompliantAndANonCompliantTest()
    {
        var methods = typeof(RuleRegistryTests).Assembly.GetTypes().SelectMany(t => t.GetMethods()).ToList();
        var compliant = methods.SelectMany(m => m.GetCustomAttributes<CompliantAttribute>()).Select(a => a.RuleId).ToHashSet();
        var nonCompliant = methods.SelectMany(m => m.GetCustomAttributes<NonCompliantAttribute>()).Select(a => a.RuleId).ToHashSet();

        Assert.That(RuleRegistry.All.Select(r => r.Id).Where(id => !compliant.Contains(id)), Is.Empty, "these rules have no test marked [Compliant(RuleId)]");
        Assert.That(RuleRegistry.All.Select(r => r.Id).Where(id => !nonCompliant.Contains(id)), Is.Empty, "these rules have no test marked [NonCompliant(RuleId)]");
    }

    [Test]
    public void SynthWritesTheRuleReferenceWithEveryRule()
    {
        var reference = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root, "dev").Files.Single(f => f.Path.Value == RuleReference.RelativePath).Content;

        foreach (var rule in RuleRegistry.All)
        {
            Assert.That(reference, Does.Contain($"## {rule.Id}\n").And.Contain(rule.Rationale), $"RULES.md does not document {rule.Id}");
        }
    }
}
