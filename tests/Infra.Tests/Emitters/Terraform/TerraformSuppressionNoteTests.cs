using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Tests.Components;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Emitters.Terraform;

public class TerraformSuppressionNoteTests
{
    [Test]
    public void EachSuppressionOfAResourceAndItsComponentsIsWrittenAsACommentWithItsExpiry()
    {
        var stack = TestStacks.Empty();
        _ = new SnsTopic("topic", new SnsTopicArgs { Name = "t" }, TestStacks.In(stack.Main) with
        {
            Suppressions = [new Suppression("CMK-ENCRYPTION", "migrating to the stack key next sprint", new DateOnly(2026, 3, 31))],
        });

        var module = JObject.Parse(new TerraformJsonEmitter().Emit(stack.Main).Content);

        Assert.That((string?)module["resource"]!["aws_sns_topic"]!["topic"]!["//"], Is.EqualTo("topic; suppressed CMK-ENCRYPTION: migrating to the stack key next sprint (until 2026-03-31)"), "an auditor must see the accepted finding in the generated module");
    }

    [Test]
    public void TheComponentOfTheApisPublicRoutesCarriesTheirSuppressionInTheGeneratedModule()
    {
        var main = File.ReadAllText(Permissions.RepositoryFiles.Path("stacks/prod/terraform/main.tf.json"));

        Assert.That(main, Does.Contain("suppressed APIGW-AUTH: The product catalogue is public by design"), "the committed prod module must show why its GET routes are public");
    }
}
