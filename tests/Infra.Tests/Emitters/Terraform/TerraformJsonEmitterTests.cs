using Infra.Model;
using Infra.Synthesis;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Emitters.Terraform;

public class TerraformJsonEmitterTests
{
    private static readonly SynthesisResult Synthesis = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root);

    private static JObject Module(string path) =>
        JObject.Parse(Synthesis.Files.Single(f => f.Path.Value == path).Content);

    private static IEnumerable<string> ModulePaths() =>
        ["stacks/dev/terraform/main.tf.json", "stacks/dev/bootstrap/terraform/main.tf.json",
         "stacks/sit/terraform/main.tf.json", "stacks/sit/bootstrap/terraform/main.tf.json",
         "stacks/prod/terraform/main.tf.json", "stacks/prod/bootstrap/terraform/main.tf.json"];

    [TestCase("dev", "536580886816")]
    [TestCase("sit", "815856636111")]
    [TestCase("prod", "093646564004")]
    public void ProviderAndBackendAcceptOnlyTheStacksAccount(string stack, string account)
    {
        foreach (var path in new[] { $"stacks/{stack}/terraform/main.tf.json", $"stacks/{stack}/bootstrap/terraform/main.tf.json" })
        {
            var module = Module(path);
            var provider = module["provider"]!["aws"]!.Single();
            var backend = module["terraform"]!["backend"]!["s3"]!;

            Assert.Multiple(() =>
            {
                Assert.That(provider["allowed_account_ids"]!.Values<string>(), Is.EqualTo(new[] { account }), $"{path}: the provider must accept {account} only");
                Assert.That(backend["allowed_account_ids"]!.Values<string>(), Is.EqualTo(new[] { account }), $"{path}: the backend must accept {account} only");
            });
        }
    }

    [TestCaseSource(nameof(ModulePaths))]
    public void EveryResourceAttributeAndBlockExistsInTheProviderSchema(string path)
    {
        var problems = TerraformSchema.Problems(Module(path));

        Assert.That(problems, Is.Empty, $"{path} does not match the pinned providers' schema:\n" + string.Join("\n", problems));
    }

    [TestCaseSource(nameof(ModulePaths))]
    public void EveryRootRequiresThePinnedTerraformAndExactlyThePinnedProviderVersions(string path)
    {
        var terraform = Module(path)["terraform"]!;
        var providers = (JObject)terraform["required_providers"]!;

        Assert.Multiple(() =>
        {
            Assert.That(terraform.Value<string>("required_version"), Is.EqualTo(EngineVersions.Terraform), $"{path}: the root must require the one Terraform the workflows install");
            Assert.That(providers.Properties(), Is.Not.Empty, $"{path}: a root with no required provider pins nothing");
            foreach (var provider in providers.Properties())
            {
                var pin = EngineVersions.Provider(provider.Name);
                Assert.That(provider.Value.Value<string>("source"), Is.EqualTo(pin.TerraformSource), $"{path}: {provider.Name} comes from another source than the pinned one");
                Assert.That(provider.Value.Value<string>("version"), Is.EqualTo(pin.TerraformVersion), $"{path}: {provider.Name} must be pinned to exactly {pin.TerraformVersion}, not a range that resolves differently per stack");
            }
        });
    }

    [TestCaseSource(nameof(ModulePaths))]
    public void BackendIsWrittenLiterallyWithEncryptionAndLocking(string path)
    {
        var backend = Module(path)["terraform"]!["backend"]!["s3"]!;

        Assert.Multiple(() =>
        {
            Assert.That(backend.Value<bool>("encrypt"), Is.True, $"{path}: state must be encrypted");
            Assert.That(backend.Value<string>("dynamodb_table"), Does.EndWith("-tfstate-lock-" + path.Split('/')[1]), $"{path}: the stack's lock table");
            Assert.That(backend.ToString(), Does.Not.Contain("${"), $"{path}: backend blocks take no expressions");
        });
    }

    [TestCaseSource(nameof(ModulePaths))]
    public void BackendEncryptsTheStateWithTheAliasOfTheKeyThatEncryptsTheStateBucket(string path)
    {
        var backend = Module(path)["terraform"]!["backend"]!["s3"]!;
        var bootstrap = (JObject)Module($"stacks/{path.Split('/')[1]}/bootstrap/terraform/main.tf.json")["resource"]!;
        var bucketKey = ((JObject)bootstrap["aws_s3_bucket_server_side_encryption_configuration"]!).Properties()
            .Single(p => p.Value.Value<string>("bucket") == $"${{aws_s3_bucket.{BucketAddress(bootstrap, backend.Value<string>("bucket")!)}.bucket}}")
            .Value["rule"]![0]!["apply_server_side_encryption_by_default"]!.Value<string>("kms_master_key_id")!;
        var keyAddress = bucketKey.Replace("${aws_kms_key.", string.Empty, StringComparison.Ordinal).Replace(".arn}", string.Empty, StringComparison.Ordinal);
        var alias = ((JObject)bootstrap["aws_kms_alias"]!).Properties()
            .Single(p => p.Value.Value<string>("target_key_id") == $"${{aws_kms_key.{keyAddress}.key_id}}").Value.Value<string>("name");

        Assert.That(backend.Value<string>("kms_key_id"), Is.EqualTo($"arn:aws:kms:{backend.Value<string>("region")}:{backend["allowed_account_ids"]![0]}:{alias}"),
            $"{path}: kms_key_id must be the alias ARN of the key the state bucket's default encryption uses ({bucketKey}); without it Terraform writes the state with AES256");
    }

    private static string BucketAddress(JObject resources, string bucketName) =>
        ((JObject)resources["aws_s3_bucket"]!).Properties().Single(p => p.Value.Value<string>("bucket") == bucketName).Name;

    [Test]
    public void ProdStatefulResourcesCarryALiteralPreventDestroy()
    {
        var stateful = new[] { "aws_s3_bucket", "aws_dynamodb_table", "aws_kms_key", "aws_cloudwatch_log_group" };
        foreach (var path in new[] { "stacks/prod/terraform/main.tf.json", "stacks/prod/bootstrap/terraform/main.tf.json" })
        {
            var resources = (JObject)Module(path)["resource"]!;
            foreach (var type in stateful.Where(t => resources[t] is not null))
            {
                foreach (var resource in ((JObject)resources[type]!).Properties())
                {
                    Assert.That(resource.Value["lifecycle"]?["prevent_destroy"]?.Type, Is.EqualTo(JTokenType.Boolean), $"{path}: {type}.{resource.Name} must have a literal prevent_destroy");
                    Assert.That(resource.Value["lifecycle"]!.Value<bool>("prevent_destroy"), Is.True, $"{path}: {type}.{resource.Name} must not be destroyable");
                }
            }
        }
    }

    [Test]
    public void LambdaPackageHashIsAPlanTimeExpressionRelativeToTheModule()
    {
        var functions = (JObject)Module("stacks/dev/terraform/main.tf.json")["resource"]!["aws_lambda_function"]!;

        foreach (var function in functions.Properties())
        {
            Assert.Multiple(() =>
            {
                Assert.That(function.Value.Value<string>("source_code_hash"), Does.Match(@"^\$\{filebase64sha256\(""\.\./\.\./\.\./\.build/lambda/[a-z0-9-]+\.zip""\)\}$"), $"{function.Name}: the hash must be computed by Terraform at plan time");
                Assert.That(function.Value.Value<string>("filename"), Does.StartWith("../../../.build/lambda/"), $"{function.Name}: the package path must be relative to the module folder");
            });
        }
    }

    [Test]
    public void EveryModuleIsHeadedByTheGeneratorCommand()
    {
        foreach (var path in ModulePaths())
        {
            Assert.That(Module(path).Value<string>("//"), Does.Contain("infra synth"), $"{path} must say how it was generated");
        }
    }

    [Test]
    public void LiteralDollarBracesAreEscapedSoTerraformDoesNotInterpolateThem()
    {
        Assert.That(global::Infra.Emitters.Terraform.TerraformExpressions.EscapeTemplate("arn:${aws:username}/%{x}"), Is.EqualTo("arn:$${aws:username}/%%{x}"));
    }
}
