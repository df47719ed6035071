using Infra.Configuration;
using Infra.Emitters.Pulumi;
using Infra.Model;
using YamlDotNet.RepresentationModel;
using static Infra.Tests.Emitters.Pulumi.PulumiProgramFiles;

namespace Infra.Tests.Emitters.Pulumi;

/// <summary>How single model features map to Pulumi YAML, on a test resource added to a freshly built dev stack.</summary>
public class PulumiYamlEmitterMappingTests
{
    private StackRoot root = null!;

    [SetUp]
    public void BuildDevStack() => root = Testing.TestApp.Platform.Build(ProjectConfig.Load(RepositoryRoot).Stack("dev"), RepositoryRoot).Main;

    [Test]
    public void LiteralTextContainingAnInterpolationIsEscaped()
    {
        _ = AddThing("thing", new ThingArgs { Description = "costs ${5} a month" });

        Assert.That(Scalar(Properties("thing")["description"]), Is.EqualTo("costs $${5} a month"), "a literal '${' must be written '$${' or Pulumi would interpolate it");
    }

    [TestCase("price: $5", "price: $5")]
    [TestCase("$${x}", "$$$${x}")]
    [TestCase("a $$ b", "a $$$ b")]
    public void EscapeKeepsEveryDollarLiteralUnderPulumisReading(string literal, string expected)
    {
        Assert.That(PulumiExpressions.Escape(literal), Is.EqualTo(expected), "Pulumi YAML reads '$$' as '$' and '${' as an interpolation, so those must be doubled and nothing else");
    }

    [Test]
    public void SecretConfigIsDeclaredAsSecretAndReferencedNeverInlined()
    {
        _ = AddThing("thing", new ThingArgs { Token = new Output<string>(new SecretVariable("github_app_pem", "bbws:githubAppPem")) });
        var program = Program();
        var declaration = (YamlMappingNode)((YamlMappingNode)program["config"])["bbws:githubAppPem"];

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(Properties("thing")["token"]), Is.EqualTo("${bbws:githubAppPem}"), "the secret should be a reference to its config key");
            Assert.That(Scalar(declaration["secret"]), Is.EqualTo("true"), "the config entry should be declared secret");
            Assert.That(Scalar(declaration["type"]), Is.EqualTo("String"), "the config entry should be typed");
        });
    }

    [Test]
    public void IgnoreChangesAreWrittenWithPulumiInputNames()
    {
        _ = AddThing("thing", new ThingArgs { Content = new FileValue(new RepositoryPath("infra/templates/a.html"), FileKind.Asset) }, new ResourceOptions { Parent = root, IgnoreChanges = ["content_file"] });

        var ignored = (YamlSequenceNode)Options("thing")["ignoreChanges"];
        Assert.That(ignored.Children.Select(Scalar), Is.EqualTo(new[] { "source" }), "ignoreChanges should name the Pulumi input, not the Terraform attribute");
    }

    [Test]
    public void FileAssetIsRelativeToTheProgramFolder()
    {
        _ = AddThing("thing", new ThingArgs { Content = new FileValue(new RepositoryPath("infra/templates/a.html"), FileKind.Asset) });

        var source = (YamlMappingNode)Properties("thing")["source"];
        Assert.That(Scalar(source["fn::fileAsset"]), Is.EqualTo("../../../infra/templates/a.html"), "the asset path should be relative to stacks/dev/pulumi");
    }

    [Test]
    public void TerraformOnlyInputsAreLeftOut()
    {
        _ = AddThing("thing", new ThingArgs { Description = "d", Hash = new FileHash(new RepositoryPath("x.zip")) });

        Assert.That(Properties("thing").Children.Keys.Select(Scalar), Is.EqualTo(new[] { "description" }), "an input Pulumi does not have should not be written");
    }

    [Test]
    public void ImportIdBecomesTheImportOption()
    {
        _ = AddThing("thing", new ThingArgs { Description = "d" }, new ResourceOptions { Parent = root, ImportId = "arn:aws:iam::1:oidc-provider/x" });

        Assert.That(Scalar(Options("thing")["import"]), Is.EqualTo("arn:aws:iam::1:oidc-provider/x"), "an adopted resource should carry the import option");
    }

    [Test]
    public void EmitThrowsNamingTheTypeWhenAResourceHasNoPulumiToken()
    {
        _ = new Thing("thing", string.Empty, new ThingArgs { Description = "d" }, new ResourceOptions { Parent = root });

        var error = Assert.Throws<InfraException>(() => new PulumiYamlEmitter().Emit(root));
        Assert.That(error!.Message, Does.Contain("aws_test_thing").And.Contain("thing"), "the error should name the type and the resource");
    }

    [Test]
    public void NestedAndEmptyValuesReadBackWithTheirShape()
    {
        AddThing("shapes", new ThingArgs
        {
            Tags = [],
            Matrix = [["a", "b"], [], ["c"]],
            Blocks = [new ThingBlock { Size = 3 }, new ThingBlock()],
        });

        var properties = Properties("shapes");
        var matrix = (YamlSequenceNode)properties["matrix"];
        var blocks = (YamlSequenceNode)properties["blocks"];
        Assert.Multiple(() =>
        {
            Assert.That(((YamlMappingNode)properties["tags"]).Children, Is.Empty, "an empty map should be written as {}");
            Assert.That(matrix.Children.Select(row => ((YamlSequenceNode)row).Children.Select(Scalar)), Is.EqualTo(new[] { new[] { "a", "b" }, [], ["c"] }), "a list of lists lost its shape");
            Assert.That(Scalar(((YamlMappingNode)blocks[0])["sizeInGb"]), Is.EqualTo("3"), "a nested block should be written with its Pulumi input names");
            Assert.That(((YamlMappingNode)blocks[1]).Children, Is.Empty, "an empty nested block should be written as {}");
        });
    }

    [Test]
    public void ANegativeNumberIsWrittenAsANumberNotAString()
    {
        AddThing("negative", new ThingArgs { Reserved = -1 });

        var node = (YamlScalarNode)Properties("negative")["reserved"];
        Assert.Multiple(() =>
        {
            Assert.That(node.Value, Is.EqualTo("-1"));
            Assert.That(node.Style, Is.EqualTo(YamlDotNet.Core.ScalarStyle.Plain), "a quoted -1 is the string \"-1\" to Pulumi, not the integer -1 (e.g. Lambda's unreserved concurrency)");
        });
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    private Thing AddThing(string name, ThingArgs args, ResourceOptions? options = null) =>
        new(name, "aws:test/thing:Thing", args, options ?? new ResourceOptions { Parent = root });

    private YamlMappingNode Program() => Parse(new PulumiYamlEmitter().Emit(root).Single(f => f.Path.Value.EndsWith(PulumiYamlEmitter.ProgramFileName, StringComparison.Ordinal)).Content);

    private YamlMappingNode Resource(string name) => (YamlMappingNode)((YamlMappingNode)Program()["resources"])[name];

    private YamlMappingNode Properties(string name) => (YamlMappingNode)Resource(name)["properties"];

    private YamlMappingNode Options(string name) => (YamlMappingNode)Resource(name)["options"];

    private sealed class Thing(string name, string token, ThingArgs args, ResourceOptions options)
        : CustomResource("aws_test_thing", token, name, args, options);

    private sealed record ThingArgs
    {
        [Input("description")]
        public string? Description { get; init; }

        [Input("token")]
        public Input<string>? Token { get; init; }

        [Input("content_file", Pulumi = "source")]
        public FileValue? Content { get; init; }

        [Input("hash", TerraformOnly = true)]
        public Expression? Hash { get; init; }

        [Input("tags")]
        public Dictionary<string, string>? Tags { get; init; }

        [Input("reserved")]
        public int? Reserved { get; init; }

        [Input("matrix")]
        public List<List<string>>? Matrix { get; init; }

        [Input("blocks")]
        public List<ThingBlock>? Blocks { get; init; }
    }

    private sealed record ThingBlock
    {
        [Input("size_in_gb")]
        public int? Size { get; init; }

        [Input("unused")]
        public string? Unused { get; init; }
    }
}
