using Infra.Plans;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class ProtectionSettingsTests
{
    [TestCase("aws_dynamodb_table", "deletion_protection_enabled", true, false, "deletion_protection_enabled turned off", true)]
    [TestCase("aws_dynamodb_table", "deletion_protection_enabled", false, true, "deletion_protection_enabled turned on", false)]
    [TestCase("aws:dynamodb/table:Table", "deletionProtectionEnabled", true, false, "deletionProtectionEnabled turned off", true)]
    [TestCase("aws_s3_bucket", "force_destroy", false, true, "force_destroy turned on (a destroy empties the bucket)", true)]
    [TestCase("aws_s3_bucket", "force_destroy", true, false, "force_destroy turned off", false)]
    [TestCase("aws:s3/bucketV2:BucketV2", "forceDestroy", false, true, "forceDestroy turned on (a destroy empties the bucket)", true)]
    public void AProtectionSettingTurnedIsAProtectionChange(string type, string key, bool before, bool after, string description, bool weakened)
    {
        var changes = ProtectionSettings.Compare("r", type, new JObject { [key] = before }, new JObject { [key] = after });

        Assert.That(changes, Is.EqualTo(new[] { new ProtectionChange("r", description, weakened) }));
    }

    [Test]
    public void TheSameSettingOnAnotherTypeOrUnchangedIsNoProtectionChange()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProtectionSettings.Compare("r", "aws_sqs_queue", new JObject { ["force_destroy"] = false }, new JObject { ["force_destroy"] = true }), Is.Empty);
            Assert.That(ProtectionSettings.Compare("r", "aws_s3_bucket", new JObject { ["force_destroy"] = false }, new JObject()), Is.Empty, "absent is false: nothing changed");
            Assert.That(ProtectionSettings.Flag("r", "Pulumi protect", true, true), Is.Null);
        });
    }
}
