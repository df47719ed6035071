using Infra.Plans;

namespace Infra.Tests.Plans;

public class ProtectedAddressesTests
{
    [Test]
    public void ReadsPreventDestroyFromObjectAndListBlocks()
    {
        var folder = Path.GetDirectoryName(PlanFiles.Write("""
            {"resource":{"aws_s3_bucket":{"state":{"bucket":"s","lifecycle":{"prevent_destroy":true}},"tmp":{"bucket":"t"}},
             "aws_dynamodb_table":[{"lock":[{"name":"l","lifecycle":[{"prevent_destroy":true}]}]}],
             "aws_sqs_queue":{"q":{"lifecycle":{"prevent_destroy":false}}}}}
            """, "main.tf.json"))!;

        Assert.That(ProtectedAddresses.FromTerraformJson(folder), Is.EquivalentTo(new[] { "aws_dynamodb_table.lock", "aws_s3_bucket.state" }));
    }

    [Test]
    public void AMissingFolderIsBadInput()
    {
        var error = Assert.Throws<InfraException>(() => ProtectedAddresses.FromTerraformJson(Path.Combine(Path.GetTempPath(), "infra-plans-tests", "no-such-folder")));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void AModuleSavedAsUtf16IsBadInputNamingTheEncodingNotAJsonErrorFullOfNuls()
    {
        var path = PlanFiles.Write("", "main.tf.json");
        File.WriteAllBytes(path, new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes("""{"resource":{}}"""));

        var error = Assert.Throws<InfraException>(() => ProtectedAddresses.FromTerraformJson(Path.GetDirectoryName(path)!));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.Contain("main.tf.json: is not UTF-8 text").And.Contain("infra synth"), "names the file, the likely encoding and the fix");
            Assert.That(error.Message.IndexOf('\0', StringComparison.Ordinal), Is.EqualTo(-1), "the message must not echo the file's NULs");
        });
    }

    [TestCase("aws_s3_bucket.b[0]", "aws_s3_bucket.b")]
    [TestCase("module.m[\"k\"].aws_s3_bucket.b[\"x\"]", "module.m.aws_s3_bucket.b")]
    [TestCase("aws_s3_bucket.b", "aws_s3_bucket.b")]
    public void InstanceKeysAreRemovedToFindTheConfigurationBlock(string address, string expected) =>
        Assert.That(TerraformChangeSets.ConfigAddress(address), Is.EqualTo(expected));
}
