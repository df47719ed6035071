using Infra.Deploy.Engines;

namespace Infra.Tests.Deploy.Engines;

public class EngineOutputsTests
{
    [Test]
    public void TerraformOutputsAreUnwrappedAndPulumiOutputsReadAsTheyAre()
    {
        var terraform = EngineOutputs.Parse("""{"url":{"type":"string","value":"https://x"}}""", "terraform output -json", "root", wrapped: true);
        var pulumi = EngineOutputs.Parse("""{"url":"https://x"}""", "pulumi stack output --json", "root", wrapped: false);

        Assert.Multiple(() =>
        {
            Assert.That((string?)terraform["url"], Is.EqualTo("https://x"));
            Assert.That((string?)pulumi["url"], Is.EqualTo("https://x"));
        });
    }

    [TestCase("Acquiring state lock...", true, "it is not JSON")]
    [TestCase("{\"url\": {\"value\": \"htt", true, "it is not JSON")]
    [TestCase("[1, 2]", true, "not a JSON object of outputs")]
    [TestCase("null", false, "not a JSON object of outputs")]
    [TestCase("{\"url\": [\"x\"]}", true, "output 'url' has no")]
    [TestCase("{\"url\": 3}", true, "output 'url' has no")]
    public void MalformedEngineOutputIsExit4NamingTheCommandNotACrash(string printed, bool wrapped, string expected)
    {
        var error = Assert.Throws<InfraException>(() => EngineOutputs.Parse(printed, "terraform output -json", "stacks/dev/terraform", wrapped));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "the engine's output is an external step's failure");
            Assert.That(error.Message, Does.Contain("'terraform output -json' in stacks/dev/terraform").And.Contain(expected));
        });
    }
}
