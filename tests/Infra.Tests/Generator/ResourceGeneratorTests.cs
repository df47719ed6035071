using Infra.Generator;
using Infra.Tests.Testing;

namespace Infra.Tests.Generator;

public class ResourceGeneratorTests
{
    private static ResourceGenerator WithOverrides(string overridesJson) => new(
        File.ReadAllText(RepositoryFiles.PathOf(SchemaPaths.TerraformSchema)),
        File.ReadAllText(RepositoryFiles.PathOf(SchemaPaths.PulumiSchema)),
        Overrides.Parse(overridesJson));

    [Test]
    public void TheCommittedBindingsAreWhatTheSchemasAndOverridesProduce()
    {
        var report = new StringWriter();

        var exit = GeneratorRun.Run(RepositoryFiles.Root, check: true, report);

        Assert.That(exit, Is.Zero, $"stale generated bindings: {report}");
    }

    [Test]
    public void AddingATypeIsOneOverridesLine()
    {
        // aws_sfn_state_machine is not in the schema extract; aws_ssm_parameter is, and the project does not use it yet.
        var (path, text) = WithOverrides("""{ "resources": { "aws_ssm_parameter": { "class": "SsmParameter" } } }""").GenerateAll()[0];

        Assert.That(path, Is.EqualTo("infra/Infra.Components/Resources/Aws/SsmParameter.g.cs"));
        Assert.That(text, Does.Contain("public sealed class SsmParameter : CustomResource<SsmParameterArgs>"));
        Assert.That(text, Does.Contain("""base("aws_ssm_parameter", "aws:ssm/parameter:Parameter", name, args, options)"""));
        Assert.That(text, Does.Contain("[Input(\"type\")]\n    public required Input<string> Type { get; init; }"), "a required Terraform attribute is a required C# member");
        Assert.That(text, Does.Contain("[Input(\"tags_all\", TerraformOnly = true)]"), "tags_all has no Pulumi input");
    }

    [Test]
    public void PulumiNamesComeFromThePulumiSchema()
    {
        var (_, text) = WithOverrides("""{ "resources": { "aws_lambda_permission": { "class": "LambdaPermission" } } }""").GenerateAll()[0];

        Assert.That(text, Does.Contain("[Input(\"function_name\", Pulumi = \"function\")]"));
    }

    [Test]
    public void ABlockWithoutArgumentsIsGeneratedAsOneThatEmitsAnEmptyObject()
    {
        var (_, text) = WithOverrides("""{ "resources": { "aws_wafv2_web_acl": { "class": "Wafv2WebAcl" } } }""").GenerateAll()[0];
        var acl = new Infra.Resources.Aws.Wafv2OverrideAction { None = new Infra.Resources.Aws.Wafv2NoOverride() };

        Assert.That(text, Does.Contain("public sealed partial record Wafv2WebAclRuleOverrideActionNone : IPropertySource"), "override_action's none {} has no argument, and means something by being there");
        var property = Infra.Model.InputReader.Read(acl).Properties.Single();
        Assert.That(property.TerraformName, Is.EqualTo("none"));
        Assert.That(property.Value, Is.TypeOf<Infra.Model.ObjectValue>().With.Property("Properties").Empty, "the empty block must be emitted, as none {}");
    }

    [Test]
    public void NoGeneratedTypeCarriesADefaultOfItsOwn()
    {
        var files = WithOverrides(File.ReadAllText(RepositoryFiles.PathOf(SchemaPaths.Overrides))).GenerateAll();

        Assert.That(files.Where(f => f.Text.Contains("} =", StringComparison.Ordinal)).Select(f => f.Path), Is.Empty, "an L1 type means what Terraform means: defaults belong to the components");
        Assert.That(files.Single(f => f.Path.EndsWith("/KmsKey.g.cs", StringComparison.Ordinal)).Text, Does.Contain("public bool? EnableKeyRotation { get; init; }"));
    }

    [Test]
    public void AProviderIsGeneratedFromTheProviderSchemasWithItsSourceAndVersion()
    {
        var generator = WithOverrides("""{ "providers": { "github": { "class": "GitHubProvider", "source": "integrations/github" } } }""");

        var (path, text) = generator.GenerateAll()[0];

        Assert.That(path, Is.EqualTo("infra/Infra.Components/Resources/GitHub/GitHubProvider.g.cs"));
        Assert.That(text, Does.Contain("public sealed class GitHubProvider : ProviderResource<GitHubProviderArgs>"));
        Assert.That(text, Does.Contain("public override string TerraformSource => \"integrations/github\";"));
        Assert.That(text, Does.Contain("[Input(\"app_auth\")]"), "the provider's blocks are generated as its resources' are");
    }

    [Test]
    public void ThrowsWhenAnOverrideNamesAMemberTheSchemaLacks()
    {
        var generator = WithOverrides("""{ "resources": { "aws_dynamodb_table": { "class": "DynamoDbTable", "members": { "hash_keys": { "type": "string" } } } } }""");

        var error = Assert.Throws<GeneratorException>(() => generator.GenerateAll());

        Assert.That(error!.Message, Does.Contain("hash_keys"));
    }

    [Test]
    public void ThrowsWhenATypeIsNotInTheSchemaExtract()
    {
        var generator = WithOverrides("""{ "resources": { "aws_sfn_state_machine": { "class": "SfnStateMachine" } } }""");

        var error = Assert.Throws<GeneratorException>(() => generator.GenerateAll());

        Assert.That(error!.Message, Does.Contain("aws_sfn_state_machine is not in"));
    }

    [Test]
    public void TheReplacementTableComesFromTheOverridesAndNamesOnlySchemaArguments()
    {
        var (path, text) = WithOverrides("""{ "resources": { "aws_kms_alias": { "class": "KmsAlias", "replacedOn": ["name"] } } }""").ForceNewTable();
        var wrong = WithOverrides("""{ "resources": { "aws_kms_alias": { "class": "KmsAlias", "replacedOn": ["alias_name"] } } }""");

        Assert.That(path, Is.EqualTo("infra/Infra.Operations/Previews/ForceNewAttributes.g.cs"));
        Assert.That(text, Does.Contain("[\"aws_kms_alias\"] = [\"name\"],"));
        Assert.That(() => wrong.ForceNewTable(), Throws.TypeOf<GeneratorException>().With.Message.Contains("alias_name"));
    }

    [Test]
    public void CheckFailsOnAStaleFileAndOnAFileNoLongerGeneratedAndPassesAfterARun()
    {
        var root = Directory.CreateTempSubdirectory("generator-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "Infra.sln"), string.Empty);
            foreach (var file in new[] { SchemaPaths.TerraformSchema, SchemaPaths.PulumiSchema })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
                File.Copy(RepositoryFiles.PathOf(file), Path.Combine(root, file));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, SchemaPaths.Overrides))!);
            File.WriteAllText(Path.Combine(root, SchemaPaths.Overrides), """{ "resources": { "aws_kms_alias": { "class": "KmsAlias" } } }""");
            var output = Path.Combine(root, SchemaPaths.OutputFolder, "Aws");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "KmsAlias.g.cs"), "// edited by hand\n");
            File.WriteAllText(Path.Combine(output, "SqsQueue.g.cs"), "// left over\n");
            var report = new StringWriter();

            var stale = GeneratorRun.Run(root, check: true, report);
            var written = GeneratorRun.Run(root, check: false, TextWriter.Null);
            var fresh = GeneratorRun.Run(root, check: true, TextWriter.Null);

            Assert.That((stale, written, fresh), Is.EqualTo((1, 0, 0)));
            Assert.That(report.ToString(), Does.Contain("KmsAlias.g.cs: stale").And.Contain("SqsQueue.g.cs: no longer generated"));
            Assert.That(File.Exists(Path.Combine(output, "SqsQueue.g.cs")), Is.False);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
