using Infra.Deploy;
using Infra.Deploy.Engines;

namespace Infra.Tests.Deploy;

/// <summary>Engine outputs and AWS answers are read as the text they were: no date or number is reformatted on the way.</summary>
public class DeployJsonTests
{
    [Test]
    public void OutputsThatLookLikeDatesOrNumbersReadBackAsWritten()
    {
        var values = EngineOutputs.Parse("""{"created":"2026-12-01T09:00:00Z","ratio":1.50,"count":7,"enabled":true}""", "pulumi stack output --json", "stacks/dev/pulumi", wrapped: false);
        var outputs = new StackOutputs("dev", values);

        Assert.Multiple(() =>
        {
            Assert.That(outputs.GetString("created"), Is.EqualTo("2026-12-01T09:00:00Z"), "a date-like string must stay the string the engine printed, in any culture");
            Assert.That(outputs.GetString("ratio"), Is.EqualTo("1.50"), "a number must keep its digits");
            Assert.That(outputs.GetString("count"), Is.EqualTo("7"), "an integer must read as written");
            Assert.That(outputs.GetString("enabled"), Is.EqualTo("true"), "a boolean must read as JSON writes it, not as .NET prints it");
        });
    }

    [Test]
    public void TextAfterTheOutputsIsNotReadAsOutputs()
    {
        var error = Assert.Throws<InfraException>(() => EngineOutputs.Parse("""{"url":"https://x"} Releasing state lock.""", "pulumi stack output --json", "stacks/dev/pulumi", wrapped: false));

        Assert.That(error!.Message, Does.Contain("it is not JSON"), "output with trailing text must be refused, not read in part");
    }

    [Test]
    public void AJsonNullOutputIsAbsent()
    {
        var outputs = new StackOutputs("dev", EngineOutputs.Parse("""{"topic":null}""", "pulumi stack output --json", "stacks/dev/pulumi", wrapped: false));

        Assert.That(outputs.DeploymentTopicArn, Is.Null, "a null output must read as absent, not as empty text");
    }
}
