using System.Reflection;
using Infra.Configuration;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Tests.Permissions;

namespace Infra.Tests.Model;

public class InputReaderTests
{
    [Test]
    public void ReadOneReadsAnInputByItsTerraformName()
    {
        var args = new Args { Name = "fn", Memory = 256 };

        Assert.Multiple(() =>
        {
            Assert.That(InputReader.ReadOne(args, "function_name"), Is.EqualTo(new ScalarValue("fn")), "the input is found by its Terraform name");
            Assert.That(InputReader.ReadOne(args, "memory_size"), Is.EqualTo(new ScalarValue(256)));
        });
    }

    [Test]
    public void ReadOneIsNullForAnUnsetInput()
    {
        Assert.That(InputReader.ReadOne(new Args { Name = "fn" }, "memory_size"), Is.Null, "an unset input has no value, as Read leaves it out");
    }

    [TestCase("no_such_input", TestName = "ReadOne is null for a name the args type does not have")]
    [TestCase("Name", TestName = "ReadOne is null for a CLR property name that is not a Terraform name")]
    [TestCase("note", TestName = "ReadOne is null for a property without an Input attribute")]
    public void ReadOneIsNullForAnUnknownName(string name)
    {
        var args = new Args { Name = "fn", Memory = 256, Note = "not an input" };

        Assert.That(InputReader.ReadOne(args, name), Is.Null, $"'{name}' is not an input of the args type");
    }

    [Test]
    public void ReadOneOfEveryInputEqualsWhatReadGives()
    {
        var args = new LambdaFunctionArgs
        {
            FunctionName = "2-1-bbws-fn-dev",
            Role = "arn:aws:iam::536580886816:role/fn",
            Runtime = "python3.12",
            Handler = "handler.lambda_handler",
            MemorySize = 512,
            Package = new FileValue(new RepositoryPath(".build/lambda/fn.zip"), FileKind.Archive),
            TracingConfig = new LambdaTracingConfig { Mode = "Active" },
            Tags = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" },
        };
        var all = InputReader.Read(args);
        var names = typeof(LambdaFunctionArgs).GetProperties().Select(p => p.GetCustomAttribute<InputAttribute>()?.TerraformName).OfType<string>().ToList();
        Assume.That(names, Has.Count.GreaterThan(8), "the comparison must cover many inputs, set and unset");

        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                Assert.That(Flatten(InputReader.ReadOne(args, name)), Is.EqualTo(Flatten(all[name])), $"ReadOne(\"{name}\") must give what Read gives for it");
            }
        });
        Assert.That(names.Count(n => all[n] is not null), Is.GreaterThan(5), "the comparison must include set inputs, scalars and blocks");
    }

    [Test]
    public void HoldsValueAgreesWithReadOneOnEveryInput()
    {
        var args = new LambdaFunctionArgs
        {
            FunctionName = "2-1-bbws-fn-dev",
            Role = "arn:aws:iam::536580886816:role/fn",
            Runtime = "python3.12",
            Handler = "handler.lambda_handler",
            Package = new FileValue(new RepositoryPath(".build/lambda/fn.zip"), FileKind.Archive),
            Layers = [],
            Publish = false,
            Tags = new Dictionary<string, string>(),
        };
        var names = typeof(LambdaFunctionArgs).GetProperties().Select(p => p.GetCustomAttribute<InputAttribute>()?.TerraformName).OfType<string>().ToList();

        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                var expected = InputReader.ReadOne(args, name) is { } value && value is not (ListValue { Items.Count: 0 } or ScalarValue { Value: false });
                Assert.That(InputReader.HoldsValue(args, name), Is.EqualTo(expected), $"HoldsValue(\"{name}\") must say what ReadOne's value says (an empty list and false hold nothing; an empty map does)");
            }
        });
        Assert.That(InputReader.HoldsValue(args, "layers"), Is.False, "an empty list holds nothing");
        Assert.That(InputReader.HoldsValue(args, "publish"), Is.False, "false holds nothing");
        Assert.That(InputReader.HoldsValue(args, "function_name"), Is.True, "a set name holds a value");
    }

    [Test]
    public void ReadReadsValueTypedAndInheritedInputs()
    {
        // Inputs are read through delegates bound to their getters: value types must come back boxed, and an input
        // declared on a base args type must be read through the derived object.
        var read = InputReader.Read(new DerivedArgs { Name = "fn", Memory = 128, Count = 0, Enabled = true });

        Assert.Multiple(() =>
        {
            Assert.That(read["function_name"], Is.EqualTo(new ScalarValue("fn")), "an input declared on the base type is read");
            Assert.That(read["memory_size"], Is.EqualTo(new ScalarValue(128)), "a nullable int input is read");
            Assert.That(read["count"], Is.EqualTo(new ScalarValue(0)), "a non-nullable int input is read, zero included");
            Assert.That(read["enabled"], Is.EqualTo(new ScalarValue(true)), "a bool input is read");
            Assert.That(InputReader.ReadOne(new DerivedArgs { Name = "x" }, "memory_size"), Is.Null, "an unset nullable input stays unset");
        });
    }

    // The value records hold lists, which records compare by reference: compare their leaves instead.
    private static List<(string Path, object? Leaf)> Flatten(PropertyValue? value, string path = "")
    {
        return value switch
        {
            null => [(path, null)],
            ListValue list => list.Items.SelectMany((item, i) => Flatten(item, $"{path}[{i}]")).Prepend((path, "list")).ToList(),
            MapValue map => map.Entries.SelectMany(e => Flatten(e.Value, $"{path}{{{e.Key}}}")).Prepend((path, "map")).ToList(),
            ObjectValue block => block.Properties.SelectMany(p => Flatten(p.Value, $"{path}.{p.TerraformName}/{p.PulumiName}")).Prepend((path, "object")).ToList(),
            _ => [(path, value)],
        };
    }

    [TestCase("dev")]
    [TestCase("prod")]
    public void VisitTextsGivesExactlyTheTextsOfWhatReadBuilds(string stackName)
    {
        // Every resource of a real stack: policy documents, templates, maps, nested blocks, enums and file paths.
        var stack = Testing.TestApp.Platform.Build(ProjectConfig.Load(RepositoryFiles.Root).Stack(stackName), RepositoryFiles.Root);
        var resources = stack.Roots.SelectMany(r => r.CustomResources).ToList();
        Assume.That(resources, Has.Count.GreaterThan(50), "the comparison must cover the whole platform");

        Assert.Multiple(() =>
        {
            foreach (var resource in resources)
            {
                var visited = new List<string>();
                InputReader.VisitTexts(resource.Args, visited.Add);
                Assert.That(visited, Is.EqualTo(TreeTexts(resource.ReadProperties())), $"{resource.TerraformAddress}: VisitTexts must give the texts of Read's tree, in its order");
            }
        });
    }

    [Test]
    public void VisitTextsSeesTextsInsideNestedBlocksListsMapsAndTemplates()
    {
        var args = new LambdaFunctionArgs
        {
            FunctionName = "fn",
            Role = new Output<string>(new Template(["arn:aws:iam::", new AttributeReference(null!, "account_id", "accountId"), ":role/fn"])),
            Runtime = "python3.12",
            Handler = "handler.lambda_handler",
            Package = new FileValue(new RepositoryPath(".build/lambda/fn.zip"), FileKind.Archive),
            Layers = ["arn:aws:lambda:eu-west-1:111111111111:layer:x:1"],
            Environment = new LambdaEnvironment { Variables = new Dictionary<string, Input<string>> { ["KEY"] = "map value" } },
        };
        var visited = new List<string>();

        InputReader.VisitTexts(args, visited.Add);

        Assert.That(visited, Is.SupersetOf(new[] { "arn:aws:iam::", ":role/fn", "arn:aws:lambda:eu-west-1:111111111111:layer:x:1", "map value", "fn" }), "literal parts of a template, list items, map values and plain strings are all texts");
        Assert.That(visited, Has.None.EqualTo("KEY"), "a map key is not a value");
    }

    [Test]
    public void VisitTextsOfAPolicyDocumentGivesTheTextsOfItsBuiltTreeWithoutBuildingIt()
    {
        var key = new Output<string>(new Template(["arn:aws:kms:eu-west-1:", new AttributeReference(null!, "account_id", "accountId"), ":key/k"]));
        var args = new PolicyArgs
        {
            Policy = new PolicyDocument(
                new PolicyStatement
                {
                    Sid = "Deny",
                    Effect = "Deny",
                    NotActions = ["kms:Decrypt", "s3:GetObject"],
                    Resources = ["*"],
                    Conditions = [new("StringNotEquals", "aws:SourceVpc", ["vpc-1"]), new("Bool", "aws:SecureTransport", ["false"])],
                },
                new PolicyStatement
                {
                    Actions = ["kms:Encrypt"],
                    Resources = [key, "arn:aws:kms:eu-west-1:111111111111:key/other"],
                    Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["s3.amazonaws.com"], ["AWS"] = ["arn:aws:iam::111111111111:root", key] },
                    Conditions =
                    [
                        new("StringEquals", "kms:ViaService", ["s3.eu-west-1.amazonaws.com"]) { References = [key] },
                        new("StringEquals", "kms:CallerAccount", ["111111111111"]),
                        new("ArnLike", "aws:SourceArn", ["arn:aws:s3:::b"]),
                    ],
                }),
        };
        var visited = new List<string>();

        InputReader.VisitTexts(args, visited.Add);

        Assert.That(visited, Is.EqualTo(TreeTexts(InputReader.Read(args))), "the document's texts, handed out directly, must be those of its built tree, in the tree's order (principals and conditions sorted)");
    }

    private static List<string> TreeTexts(PropertyValue tree)
    {
        var texts = new List<string>();
        PropertyValueWalker.Visit(tree, node =>
        {
            switch (node)
            {
                case ScalarValue { Value: string text }:
                    texts.Add(text);
                    break;
                case ExpressionValue { Expression: Template template }:
                    texts.AddRange(template.Parts.OfType<string>());
                    break;
            }
        });
        return texts;
    }

    private sealed class PolicyArgs
    {
        [Input("policy")]
        public PolicyDocument? Policy { get; init; }
    }

    private sealed class Args
    {
        [Input("function_name", Pulumi = "name")]
        public string? Name { get; init; }

        [Input("memory_size")]
        public int? Memory { get; init; }

        public string? Note { get; init; }
    }

    private class BaseArgs
    {
        [Input("function_name", Pulumi = "name")]
        public string? Name { get; init; }

        [Input("memory_size")]
        public int? Memory { get; init; }
    }

    private sealed class DerivedArgs : BaseArgs
    {
        [Input("count")]
        public int Count { get; init; }

        [Input("enabled")]
        public bool Enabled { get; init; }
    }
}
