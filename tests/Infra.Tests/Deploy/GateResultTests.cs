using Infra.Deploy;

namespace Infra.Tests.Deploy;

public class GateResultTests
{
    [Test]
    public void TheAdviceIsTheFixOfEachRefusingRule()
    {
        var result = new GateResult(false, ["FAIL [a] x: ...", "FAIL [b] y: ..."]) { Fixes = ["Plan again.", "Keep the resource."] };

        Assert.That(result.Advice, Is.EqualTo("Plan again. Keep the resource."), "each refusing rule's fix must be given, in order");
    }

    [Test]
    public void WithoutFixesTheAdvicePointsToTheFindings()
    {
        var result = new GateResult(false, ["FAIL [a] x: ..."]);

        Assert.That(result.Advice, Does.Contain("each finding"), "a result without fixes must still give a way forward");
    }
}
