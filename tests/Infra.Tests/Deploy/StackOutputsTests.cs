using System.Text.RegularExpressions;
using Infra.Deploy;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Deploy;

public class StackOutputsTests
{
    private static readonly string[] Stacks = ["dev", "sit", "prod"];

    [TestCaseSource(nameof(Stacks))]
    public void EveryOutputTheDeployVerbsReadIsExportedByTheTerraformMainRoot(string stack)
    {
        var outputs = TerraformOutputs(stack);

        Assert.That(StackOutputs.RequiredNames.Where(n => !outputs.ContainsKey(n)), Is.Empty,
            $"stacks/{stack}/terraform/main.tf.json lacks outputs the deploy verbs read: export them from the platform program");
    }

    [TestCaseSource(nameof(Stacks))]
    public void EveryOutputTheDeployVerbsReadIsExportedByThePulumiProgram(string stack)
    {
        var yaml = File.ReadAllText(RepositoryFiles.PathOf($"stacks/{stack}/pulumi/Main.yaml"));
        var outputs = yaml[yaml.IndexOf("\noutputs:\n", StringComparison.Ordinal)..];

        Assert.That(StackOutputs.RequiredNames.Where(n => !Regex.IsMatch(outputs, $"\\n  {n}: ")), Is.Empty,
            $"stacks/{stack}/pulumi/Main.yaml lacks outputs the deploy verbs read");
    }

    [TestCaseSource(nameof(Stacks))]
    public void TheExportedServiceListReadsAsEveryServiceWithItsAlarms(string stack)
    {
        var outputs = TerraformOutputs(stack);

        // Stand in for the engine: each interpolation becomes its own text, as terraform output would give a value.
        var values = outputs.ToDictionary(o => o.Key, o => (JToken?)new JValue(Regex.Replace(o.Value, @"\$\{([^}]*)\}", "$1")));
        var services = new StackOutputs(stack, values).LambdaServices;

        Assert.That(services.Select(s => s.FunctionName), Is.EqualTo(new[]
        {
            "aws_lambda_function.order_processor_function.function_name",
            "aws_lambda_function.product_api_function.function_name",
        }), "lambda_services must list both services");
        Assert.Multiple(() =>
        {
            Assert.That(services.Select(s => s.Version), Has.All.EndsWith(".version"), "each service needs its published version");
            Assert.That(services.Select(s => s.Alias), Has.All.EqualTo("live"), "each service's alias must be live");
            Assert.That(services.Select(s => s.AlarmNames.Count), Has.All.EqualTo(3), "each service must name its three alarms");
            Assert.That(new StackOutputs(stack, values).DynamoDbTableNames, Has.Count.EqualTo(2), "both tables must be listed for the prod backup");
        });
    }

    [Test]
    public void AListOutputThatIsNotJsonExits4NamingTheOutput()
    {
        var outputs = new StackOutputs("dev", new Dictionary<string, JToken?> { ["lambda_services"] = new JValue("not json") });

        var error = Assert.Throws<InfraException>(() => _ = outputs.LambdaServices);

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a malformed output must exit 4");
        Assert.That(error.Message, Does.Contain("lambda_services"), "the message must name the output");
    }

    [Test]
    public void AStructuredListOutputIsReadAsIs()
    {
        var outputs = new StackOutputs("dev", new Dictionary<string, JToken?> { ["dynamodb_table_names"] = new JArray("orders", "products") });

        Assert.That(outputs.DynamoDbTableNames, Is.EqualTo(new[] { "orders", "products" }), "a JSON array output must be read as a list");
    }

    private static Dictionary<string, string> TerraformOutputs(string stack)
    {
        var root = JObject.Parse(File.ReadAllText(RepositoryFiles.PathOf($"stacks/{stack}/terraform/main.tf.json")));
        return ((JObject)root["output"]!).Properties().ToDictionary(p => p.Name, p => p.Value["value"]!.ToString());
    }
}
