using Newtonsoft.Json.Linq;

namespace Infra.Tests.Testing;

public class TerraformSchemaTests
{
    [Test]
    public void ReportsUnknownAttributesBlocksTypesAndMissingRequiredArguments()
    {
        var module = JObject.Parse("""
            {"resource": {
              "aws_s3_bucket": {"b": {"bucket": "x", "bukcet_prefix": "y"}},
              "aws_lambda_function": {"f": {"function_name": "f", "tracing_config": {"mode": "Active", "sampled": true}}},
              "aws_made_up": {"m": {}}
            }}
            """);

        var problems = TerraformSchema.Problems(module);

        Assert.That(problems, Is.SupersetOf(new[]
        {
            "aws_s3_bucket.b.bukcet_prefix: no such attribute or block",
            "aws_lambda_function.f.tracing_config.sampled: no such attribute or block",
            "aws_lambda_function.f: required 'role' missing",
            "aws_made_up: not a resource type of the pinned providers",
        }), "the schema check must catch each kind of mistake");
    }
}
