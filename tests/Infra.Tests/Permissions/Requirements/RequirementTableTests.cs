using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class RequirementTableTests
{
    private const string ValidQueue = """
        type: aws_sqs_queue
        arn: "arn:aws:sqs:${region}:${account}:${name}"
        calls:
          refresh:
            - action: sqs:GetQueueAttributes
              resource: "${arn}"
              source: pike
          create: []
          update: []
          delete: []
        """;

    private static readonly Lazy<IamCatalog> Catalog = new(() => IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)));

    [Test]
    public void TheRepositorysTablesLoad()
    {
        var table = RequirementTable.Load(RepositoryFiles.Root, Catalog.Value);

        Assert.That(table.Find("aws_lambda_function"), Is.Not.Null, "the lambda function table should load");
        Assert.That(table.Find("aws_lambda_function")!.Taggable, Is.True, "a lambda function takes tags");
        Assert.That(table.Find("aws_lambda_alias")!.Taggable, Is.False, "an alias takes no tags, so its table has no tag calls");
    }

    [Test]
    public void AValidTableLoads()
    {
        using var folder = new TempFolder();
        folder.Write(RequirementTable.Folder + "/aws_sqs_queue.yaml", ValidQueue);

        var queue = RequirementTable.Load(folder.Path, Catalog.Value).Find("aws_sqs_queue");

        Assert.That(queue?.Calls.Select(c => c.Operation + " " + c.Action), Is.EqualTo(new[] { "refresh sqs:GetQueueAttributes" }));
    }

    [TestCase("arn: \"arn:aws:sqs:${region}:${account}:${name}\"", "arn: \"arn:aws:sqs:${region}:${account}:${name}\"\nowner: me", ":3: owner is not a table field", TestName = "An unknown top-level key is refused")]
    [TestCase("type: aws_sqs_queue\n", "", ":1: type is missing", TestName = "A missing type is refused")]
    [TestCase("type: aws_sqs_queue", "type: aws_sns_topic", ":1: type is 'aws_sns_topic' but the file is named for 'aws_sqs_queue'", TestName = "A type that does not match the file name is refused")]
    [TestCase("arn: \"arn:aws:sqs:${region}:${account}:${name}\"\n", "", ":1: arn is missing", TestName = "A missing arn is refused")]
    [TestCase("  delete: []", "", ":3: calls.delete is missing", TestName = "A missing operation is refused")]
    [TestCase("  delete: []", "  delete: []\n  destroy: []", ":11: destroy is not a operation", TestName = "An unknown operation is refused")]
    [TestCase("sqs:GetQueueAttributes", "sqs:GetQueueAtributes", ":5: calls.refresh.action 'sqs:GetQueueAtributes' is not in the IAM catalog (did you mean 'sqs:GetQueueAttributes'?)", TestName = "An action not in the catalog is refused with a suggestion")]
    [TestCase("sqs:GetQueueAttributes", "sqs:getqueueattributes", "calls.refresh.action is written 'sqs:getqueueattributes'", TestName = "An action spelt differently from the catalog is refused")]
    [TestCase("sqs:GetQueueAttributes", "sqs:Get*", "is not in the IAM catalog", TestName = "A wildcard action is refused")]
    [TestCase("resource: \"${arn}\"", "resource: \"*\"", "calls.refresh.resource is \"*\" but sqs:GetQueueAttributes takes resource-level permissions", TestName = "A star resource for a resource-level action is refused")]
    [TestCase("resource: \"${arn}\"", "resource: \"*\"\n      why: \"\"", "calls.refresh.resource is \"*\"", TestName = "A star resource with an empty why is refused")]
    [TestCase("sqs:GetQueueAttributes\n      resource: \"${arn}\"", "sqs:ListQueues\n      resource: \"${arn}\"", "calls.refresh.resource is '${arn}' but sqs:ListQueues has no resource-level permissions", TestName = "An ARN for an action without resource-level permissions is refused")]
    [TestCase("resource: \"${arn}\"", "resource: \"${Region}\"", "calls.refresh.resource '${Region}' is not a template variable", TestName = "An unknown template variable is refused")]
    [TestCase("resource: \"${arn}\"", "resource: \"${arn\"", "calls.refresh.resource '${' at character 1 is not closed", TestName = "An unclosed template variable is refused")]
    [TestCase("resource: \"${arn}\"", "resource: \"${attr.}\"", "'${attr.}' is not a template variable", TestName = "An attribute variable without a name is refused")]
    [TestCase("source: pike", "source: docs", "calls.refresh.source is 'docs'", TestName = "An unknown source is refused")]
    [TestCase("source: pike", "source: added", "calls.refresh.why is missing for sqs:GetQueueAttributes", TestName = "An added call without why is refused")]
    [TestCase("source: pike", "source: pike\n      operation: create", "operation is not a call field", TestName = "An operation outside when is refused")]
    [TestCase("      source: pike", "      source: pike\n      sid: x", "sid is not a call field", TestName = "An unknown call key is refused")]
    [TestCase("      resource: \"${arn}\"\n", "", "calls.refresh.resource is missing for sqs:GetQueueAttributes", TestName = "A missing resource is refused")]
    [TestCase("arn:aws:sqs:${region}:${account}:${name}\"\n", "${arn}\"\n", ":2: arn reads ${arn}", TestName = "An arn that reads itself is refused")]
    public void ABrokenTableIsRefusedNamingTheFileLineAndField(string find, string replace, string expected)
    {
        using var folder = new TempFolder();
        var broken = ValidQueue.Replace(find, replace, StringComparison.Ordinal);
        Assert.That(broken, Is.Not.EqualTo(ValidQueue), "the test's edit must apply to the valid table");
        folder.Write(RequirementTable.Folder + "/aws_sqs_queue.yaml", broken);

        var error = Assert.Throws<InfraException>(() => RequirementTable.Load(folder.Path, Catalog.Value));

        Assert.That(error!.Message, Does.StartWith(RequirementTable.Folder + "/aws_sqs_queue.yaml:"), "the message should name the table's file");
        Assert.That(error.Message, Does.Contain(expected), "the message should name the line, field and problem");
    }

    [Test]
    public void AWhenEntryWithoutOperationIsRefused()
    {
        using var folder = new TempFolder();
        folder.Write(RequirementTable.Folder + "/aws_sqs_queue.yaml", ValidQueue + "\nwhen:\n  kms_master_key_id:\n    - action: kms:Decrypt\n      resource: \"${kms_master_key_id}\"\n      source: pike\n");

        var error = Assert.Throws<InfraException>(() => RequirementTable.Load(folder.Path, Catalog.Value));

        Assert.That(error!.Message, Does.Contain(":13: when.kms_master_key_id.operation is missing: write one of refresh|create|update|delete|tag"));
    }

    [Test]
    public void AWhenEntryKeyedByANonArgumentIsRefused()
    {
        using var folder = new TempFolder();
        folder.Write(RequirementTable.Folder + "/aws_sqs_queue.yaml", ValidQueue + "\nwhen:\n  KmsKey:\n    - operation: create\n      action: kms:Decrypt\n      resource: \"*\"\n      why: x\n      source: pike\n");

        var error = Assert.Throws<InfraException>(() => RequirementTable.Load(folder.Path, Catalog.Value));

        Assert.That(error!.Message, Does.Contain(":12: when.KmsKey is not an argument name"));
    }

    [Test]
    public void AFileThatIsNotYamlIsRefusedNamingTheLine()
    {
        using var folder = new TempFolder();
        folder.Write(RequirementTable.Folder + "/aws_sqs_queue.yaml", "type: [aws_sqs_queue\n");

        var error = Assert.Throws<InfraException>(() => RequirementTable.Load(folder.Path, Catalog.Value));

        Assert.That(error!.Message, Does.StartWith(RequirementTable.Folder + "/aws_sqs_queue.yaml:").And.Contain("is not valid YAML"));
    }

    [Test]
    public void AMissingFolderIsRefused()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<InfraException>(() => RequirementTable.Load(folder.Path, Catalog.Value));

        Assert.That(error!.Message, Does.StartWith(RequirementTable.Folder + ": the IAM requirement tables are missing"));
    }

    [Test]
    public void EveryCallOfTheRepositorysTablesSaysWhereItComesFrom()
    {
        var table = RequirementTable.Load(RepositoryFiles.Root, Catalog.Value);
        var unexplained = table.Types.SelectMany(t => t.Calls.Concat(t.When).Where(c => c.Source == "added" && string.IsNullOrWhiteSpace(c.Why)).Select(c => $"{t.File}:{c.Line} {c.Action}"));

        Assert.That(unexplained, Is.Empty, "added calls must say why");
    }
}
