using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Emitters.Pulumi;

/// <summary>
/// Every committed <c>Pulumi.yaml</c> (the repository root's and each generated program's) is one Pulumi would load
/// and run: valid against Pulumi's own project schema (infra/Schemas/pulumi-project.json), passing the config checks
/// Pulumi makes in code, and with every key it requires set by each stack file it reads.
/// </summary>
public partial class PulumiProjectFilesTests
{
    private const string SchemaFile = "infra/Schemas/pulumi-project.json";

    private static readonly ProjectSchemaValidator Validator = new(JObject.Parse(File.ReadAllText(RepositoryFiles.PathOf(SchemaFile))));

    private static IEnumerable<string> ProjectFiles =>
        new[] { "Pulumi.yaml" }.Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("stacks"), "Pulumi.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    // The root's Pulumi.yaml declares the C# program's config and has no generated program beside it.
    private static IEnumerable<string> GeneratedProjectFiles => ProjectFiles.Where(f => f != "Pulumi.yaml");

    [Test]
    public void TheSchemaRefusesAConfigDeclarationWithAnAttributePulumiDoesNotKnow()
    {
        var problems = Validator.Validate(ProjectSchemaValidator.FromYaml("name: p\nruntime: yaml\nconfig:\n  p:list:\n    type: array\n    itmes: {type: string}\n"));

        Assert.That(problems, Has.Some.StartsWith("$.config.p:list: matches 0 of the 5 allowed shapes"), "a misspelt 'items' makes the declaration none of the shapes Pulumi accepts");
    }

    [Test]
    public void TheSchemaRefusesAProjectWithoutANameOrWithARuntimeThatIsNotAName()
    {
        var problems = Validator.Validate(ProjectSchemaValidator.FromYaml("runtime: 5\n"));

        Assert.That(problems, Is.EquivalentTo(new[] { "$: lacks required 'name'", "$.runtime: matches 0 of the 2 allowed shapes, expected exactly one" }), "the name is required and the runtime is a name or {name, options}");
    }

    [Test]
    public void TheSchemaAcceptsTypedDeclarationsWithItemsDefaultsAndSecrets()
    {
        var problems = Validator.Validate(ProjectSchemaValidator.FromYaml(
            "name: p\nruntime: yaml\nconfig:\n  p:list: {type: array, items: {type: string}, default: []}\n  p:key: {type: string, secret: true}\n  aws:region: {value: eu-west-1}\n"));

        Assert.That(problems, Is.Empty, "these declarations are all of a shape the schema allows");
    }

    [Test]
    public void TheValidatorRefusesASchemaKeywordItDoesNotEvaluate()
    {
        var validator = new ProjectSchemaValidator(JObject.Parse("""{"type": "string", "pattern": "^a"}"""));

        Assert.That(() => validator.Validate(new JValue("b")), Throws.InvalidOperationException.With.Message.Contains("'pattern'"), "an unevaluated keyword must stop the check, not pass everything");
    }

    [Test]
    public void TheConfigChecksRefuseAnArrayWithoutItemsAndADefaultOfAnotherType()
    {
        var problems = PulumiConfigChecks.ProjectProblems((JObject)ProjectSchemaValidator.FromYaml(
            "name: p\nconfig:\n  p:list: {type: array}\n  days: {type: integer, default: many}\n  p:ids: {type: array, items: {type: integer}, default: [a]}\n  p:flag: {type: boolean, default: true}\n"));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "The configuration key 'p:list' declares an array but does not specify the underlying type via the 'items' attribute",
            "The default value specified for configuration key 'days' is not of the expected type 'integer'",
            "The default value specified for configuration key 'p:ids' is not of the expected type 'array'",
        }), "an array needs its item type and a default must be of the declared type; a matching default is fine");
    }

    [Test]
    public void TheConfigChecksRefuseATypeOrDefaultOutsideTheProjectsNamespaceAndADeclarationWithoutValue()
    {
        var problems = PulumiConfigChecks.ProjectProblems((JObject)ProjectSchemaValidator.FromYaml(
            "name: p-bootstrap\nconfig:\n  p:key: {type: string}\n  p:other: {default: x}\n  p:third: {description: nothing}\n  aws:region: eu-west-1\n"));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "Configuration key 'p:key' is not namespaced by the project and should not define a type",
            "Configuration key 'p:other' is not namespaced by the project and should not define a default value",
            "Configuration key 'p:third' is namespaced and must provide an attribute 'value'",
        }), "another project's keys may only carry a value (a bare value outside the namespace is one)");
    }

    [Test]
    public void AStackThatDoesNotSetAKeyWithoutDefaultIsRefusedUnlessTheKeyIsExempt()
    {
        var project = (JObject)ProjectSchemaValidator.FromYaml(
            "name: p\nconfig:\n  p:id: {type: string}\n  p:ticket: {type: string}\n  p:days: {type: integer, default: 14}\n  p:pem: {type: string, secret: true}\n  aws:region: {value: eu-west-1}\n");
        var stack = (JObject)ProjectSchemaValidator.FromYaml("config:\n  id: \"1\"\n");

        var problems = PulumiConfigChecks.StackProblems(project, "dev", stack, new HashSet<string>(StringComparer.Ordinal) { "p:pem" });

        Assert.That(problems, Is.EqualTo(new[] { "Stack 'dev' is missing configuration value 'p:ticket'" }), "only a required key that the stack leaves unset and that is not exempt is missing");
    }

    [Test]
    public void AStackValueOfTheWrongTypeOrASecretInClearIsRefused()
    {
        var project = (JObject)ProjectSchemaValidator.FromYaml(
            "name: p\nconfig:\n  p:days: {type: integer, default: 14}\n  p:on: {type: boolean, default: false}\n  p:ids: {type: array, items: {type: string}, default: []}\n  p:pem: {type: string, secret: true}\n");
        var stack = (JObject)ProjectSchemaValidator.FromYaml("config:\n  p:days: fourteen\n  p:on: true\n  p:ids: one\n  p:pem: clear\n");

        var problems = PulumiConfigChecks.StackProblems(project, "dev", stack, new HashSet<string>(StringComparer.Ordinal));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "Stack 'dev' with configuration key 'p:days' must be of type 'integer'",
            "Stack 'dev' with configuration key 'p:ids' must be of type 'array'",
            "Stack 'dev' with configuration key 'p:pem' must be encrypted as it's secret",
        }), "a stack value is checked against its declared type, and a secret must be a secure value");
    }

    [Test]
    public void ThePulumiYamlFilesCheckedAreTheRootsAndBothProgramsOfEveryStack()
    {
        var stacks = ((JArray)Project("Pulumi.yaml")["config"]!["bbws:stacks"]!["default"]!).Select(s => s.Value<string>()!);

        var expected = new[] { "Pulumi.yaml" }.Concat(stacks.SelectMany(s => new[] { $"stacks/{s}/bootstrap/pulumi/Pulumi.yaml", $"stacks/{s}/pulumi/Pulumi.yaml" }));
        Assert.That(ProjectFiles, Is.EquivalentTo(expected), "every stack's two programs and the repository root should be checked, and nothing else");
    }

    [TestCaseSource(nameof(ProjectFiles))]
    public void ACommittedPulumiYamlIsValidAgainstPulumisProjectSchema(string file)
    {
        Assert.That(Validator.Validate(Project(file)), Is.Empty, $"{file} breaks Pulumi's project schema ({SchemaFile})");
    }

    [TestCaseSource(nameof(ProjectFiles))]
    public void ACommittedPulumiYamlPassesTheConfigChecksPulumiMakesInCode(string file)
    {
        Assert.That(PulumiConfigChecks.ProjectProblems(Project(file)), Is.Empty, $"Pulumi would refuse to load {file}");
    }

    [TestCaseSource(nameof(ProjectFiles))]
    public void EachStackFileSetsEveryKeyAPulumiYamlRequiresExceptTheSecretsReadmeSaysToSet(string file)
    {
        var project = Project(file);
        var secrets = SecretKeys(file);
        var problems = new List<string>();
        foreach (var stack in StacksOf(file))
        {
            var stackFile = (JObject)ProjectSchemaValidator.FromYaml(File.ReadAllText(RepositoryFiles.PathOf($"Pulumi.{stack}.yaml")));
            problems.AddRange(PulumiConfigChecks.StackProblems(project, stack, stackFile, secrets));
            problems.AddRange(ProgramConfig(file).Where(d => d.Declaration["default"] is null && (stackFile["config"] as JObject)?[d.Key] is null && !secrets.Contains(d.Key))
                .Select(d => $"Stack '{stack}' is missing configuration value '{d.Key}' (declared in the program's Main.yaml)"));
        }

        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        problems.AddRange(secrets.Where(key => !readme.Contains($"pulumi config set --secret {key} ", StringComparison.Ordinal))
            .Select(key => $"{key} is a secret no stack file sets, and README does not show its 'pulumi config set --secret {key} ...' command"));
        Assert.That(problems, Is.Empty, $"Pulumi would refuse to run {file} for these stacks");
    }

    [TestCaseSource(nameof(GeneratedProjectFiles))]
    public void AGeneratedProgramDeclaresExactlyTheConfigKeysItReads(string file)
    {
        var name = Project(file)["name"]!.Value<string>()!;
        var declared = ((Project(file)["config"] as JObject)?.Properties() ?? [])
            .Where(p => p.Value is JObject declaration && declaration["value"] is null)
            .Select(p => p.Name.Contains(':', StringComparison.Ordinal) ? p.Name : $"{name}:{p.Name}")
            .Concat(ProgramConfig(file).Select(d => d.Key))
            .Order(StringComparer.Ordinal)
            .ToList();
        var program = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine(Path.GetDirectoryName(file)!, "Main.yaml")));
        var read = ConfigReference().Matches(program).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.That(declared, Is.EqualTo(read), $"{file} and its Main.yaml should declare the config keys the program reads (${{ns:key}}), no more and no fewer");
    }

    [Test]
    public void TheCommittedProjectSchemaHasTheSha256SourcesMdRecords()
    {
        var sources = File.ReadAllText(RepositoryFiles.PathOf("infra/Schemas/SOURCES.md"));
        var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepositoryFiles.PathOf(SchemaFile))));

        Assert.That(RecordedSha256().Match(sources).Groups[1].Value, Is.EqualTo(actual), "pulumi-project.json is a verbatim copy: refresh it from pulumi/pulumi and record its new sha256, never edit it by hand");
    }

    private static JObject Project(string file) => (JObject)ProjectSchemaValidator.FromYaml(File.ReadAllText(RepositoryFiles.PathOf(file)));

    // The root project is run against every declared stack; a generated one against the stack it was written for.
    private static IEnumerable<string> StacksOf(string file) => file == "Pulumi.yaml"
        ? ((JArray)Project(file)["config"]!["bbws:stacks"]!["default"]!).Select(s => s.Value<string>()!)
        : [file.Split('/')[1]];

    // Main.yaml's own config section (Pulumi YAML): the secrets, declared by full key.
    private static IEnumerable<(string Key, JObject Declaration)> ProgramConfig(string file)
    {
        if (file == "Pulumi.yaml")
        {
            return [];
        }

        var program = (JObject)ProjectSchemaValidator.FromYaml(File.ReadAllText(RepositoryFiles.PathOf(Path.Combine(Path.GetDirectoryName(file)!, "Main.yaml"))));
        return ((program["config"] as JObject)?.Properties() ?? []).Select(p => (p.Name, (JObject)p.Value));
    }

    // A secret cannot be committed in clear, so no stack file holds it here: README says how to set it.
    private static IReadOnlySet<string> SecretKeys(string file) =>
        ((Project(file)["config"] as JObject)?.Properties() ?? [])
            .Where(p => p.Value is JObject d && d["secret"]?.Value<bool>() == true)
            .Select(p => p.Name)
            .Concat(ProgramConfig(file).Where(d => d.Declaration["secret"]?.Value<bool>() == true).Select(d => d.Key))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{([A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+)\}")]
    private static partial Regex ConfigReference();

    [GeneratedRegex(@"pulumi-project\.json[^\n]*?sha256 `([0-9a-f]{64})`")]
    private static partial Regex RecordedSha256();
}
