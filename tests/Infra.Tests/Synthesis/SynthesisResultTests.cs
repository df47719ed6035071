using Infra.Rules;
using Infra.Synthesis;

namespace Infra.Tests.Synthesis;

public class SynthesisResultTests
{
    [Test]
    public void InfoFindingsDoNotStopSynth()
    {
        var findings = new[] { Severity.Info, Severity.Warning }.Select(s => new RuleFinding(IamCoverageRule.RuleId, s, null, "a fact")).ToList();

        var result = new SynthesisResult([], findings, [], []);

        Assert.That(result.HasBlockingFindings, Is.False, "synth must write its output when the only findings are Info and Warning");
    }

    [Test]
    public void AnErrorFindingStopsSynth()
    {
        var result = new SynthesisResult([], [new RuleFinding(IamCoverageRule.RuleId, Severity.Error, null, "wrong")], [], []);

        Assert.That(result.HasBlockingFindings, Is.True, "an unsuppressed error must stop synth");
    }
}
