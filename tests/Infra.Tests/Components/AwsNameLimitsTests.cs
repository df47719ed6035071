using Infra.Components;

namespace Infra.Tests.Components;

public class AwsNameLimitsTests
{
    [TestCase("2-1-bbws-order-templates-536580886816-dev")]
    [TestCase("my.bucket.name")]
    public void AcceptsAValidS3BucketName(string name) =>
        Assert.That(AwsNameLimits.S3Bucket("BucketName", name), Is.EqualTo(name), "a valid name is returned as it is");

    [TestCase("my..bucket", "two adjacent periods")]
    [TestCase("192.168.5.4", "an IP address")]
    [TestCase("xn--bucket", "xn--")]
    [TestCase("sthree-bucket", "sthree-")]
    [TestCase("amzn-s3-demo-bucket", "amzn-s3-demo-")]
    [TestCase("bucket-s3alias", "-s3alias")]
    [TestCase("bucket--ol-s3", "--ol-s3")]
    [TestCase("bucket.mrap", ".mrap")]
    [TestCase("bucket--x-s3", "--x-s3")]
    [TestCase("bucket--table-s3", "--table-s3")]
    public void RefusesAnS3BucketNameThatBreaksS3sReservedForms(string name, string rule)
    {
        var e = Assert.Throws<ArgumentException>(() => AwsNameLimits.S3Bucket("BucketName", name));

        Assert.That(e!.Message, Does.Contain($"BucketName is '{name}'").And.Contain(rule), "S3 refuses this name at apply time; synth must refuse it first, naming the rule");
    }
}
