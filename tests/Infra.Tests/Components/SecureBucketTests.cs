using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Tests.Components;

public class SecureBucketTests
{
    [Test]
    public void EveryBucketExpiresNoncurrentVersionsAndAbortsUnfinishedUploads()
    {
        var stack = TestStacks.Empty();
        _ = Build(stack, a => a with { NoncurrentVersionDays = 45, NoncurrentVersionsKept = 5 });

        var rule = TestStacks.All<S3BucketLifecycleConfiguration>(stack).Single().Args.Rules.Single();

        Assert.Multiple(() =>
        {
            Assert.That(rule.Status, Is.EqualTo("Enabled"));
            Assert.That(rule.Filter, Has.Count.EqualTo(1).And.All.EqualTo(new S3LifecycleFilter()), "an empty filter: the rule covers every object");
            Assert.That(rule.NoncurrentVersionExpiration!.Single(), Is.EqualTo(new S3NoncurrentVersionExpiration { NoncurrentDays = 45, NewerNoncurrentVersions = 5 }));
            Assert.That(rule.AbortIncompleteMultipartUpload!.Single().DaysAfterInitiation, Is.EqualTo(7));
            Assert.That(rule.Expiration!.Single().ExpiredObjectDeleteMarker, Is.True, "without an object expiry, only delete markers that hide nothing are removed");
        });
    }

    [Test]
    public void FurtherLifecycleRulesFollowTheBucketsOwn()
    {
        var stack = TestStacks.Empty();
        var tagged = new S3LifecycleRule { Id = "expire-tagged", Status = "Enabled", Filter = [new S3LifecycleFilter { Tag = [new S3LifecycleFilterTag { Key = "retention", Value = "expirable" }] }], Expiration = [new S3LifecycleExpiration { Days = 90 }] };
        _ = Build(stack, a => a with { LifecycleRules = [tagged] });

        Assert.That(TestStacks.All<S3BucketLifecycleConfiguration>(stack).Single().Args.Rules.Select(r => r.Id), Is.EqualTo(new[] { "housekeeping", "expire-tagged" }));
    }

    [Test]
    public void AccessLogsGoToTheNamedBucketUnderTheBucketsName()
    {
        var stack = TestStacks.Empty();
        _ = Build(stack, a => a with { AccessLogBucket = "2-1-bbws-access-logs-dev" });

        var logging = TestStacks.All<S3BucketAccessLogging>(stack).Single().Args;

        Assert.That(logging.TargetBucket.Value, Is.EqualTo("2-1-bbws-access-logs-dev"));
        Assert.That(logging.TargetPrefix, Is.EqualTo("2-1-bbws-data-dev/"), "each source bucket's logs sit under its own name");
    }

    [Test]
    public void WithoutALogBucketNothingIsLogged()
    {
        var stack = TestStacks.Empty();
        _ = Build(stack);

        Assert.That(TestStacks.All<S3BucketAccessLogging>(stack), Is.Empty);
    }

    [Test]
    public void ALogTargetUsesSseS3AndAdmitsOnlyS3LogDeliveryFromItsSources()
    {
        var stack = TestStacks.Empty("prod");
        _ = new SecureBucket("logs", new SecureBucketArgs
        {
            BucketName = "2-1-bbws-access-logs-prod",
            LogDelivery = new AccessLogDelivery(["2-1-bbws-tfstate-prod", "2-1-bbws-data-prod"]),
            ObjectExpiryDays = 365,
        }, TestStacks.In(stack.Main));

        var encryption = TestStacks.All<S3BucketServerSideEncryptionConfiguration>(stack).Single().Args.Rules.Single().ApplyServerSideEncryptionByDefault;
        var statements = TestStacks.All<S3BucketPolicy>(stack).Single().Args.Policy.Statements;
        var delivery = statements.Single(s => s.Sid == "AllowServerAccessLogDelivery");

        Assert.Multiple(() =>
        {
            Assert.That(encryption.SseAlgorithm, Is.EqualTo("AES256"));
            Assert.That(encryption.KmsMasterKeyId, Is.Null);
            Assert.That(statements.Select(s => s.Sid), Does.Contain("DenyInsecureTransport"), "a log bucket is TLS-only too");
            Assert.That(delivery.Principals["Service"].Select(p => p.Value), Is.EqualTo(new[] { "logging.s3.amazonaws.com" }));
            Assert.That(delivery.Actions, Is.EqualTo(new[] { "s3:PutObject" }));
            Assert.That(delivery.Conditions.Single(c => c.Variable == "aws:SourceAccount").Values, Is.EqualTo(new[] { "093646564004" }), "only the stack's own account (prod's, read from the stack) may deliver logs");
            Assert.That(delivery.Conditions.Single(c => c.Variable == "aws:SourceArn").Values, Is.EqualTo(new[] { "arn:aws:s3:::2-1-bbws-data-prod", "arn:aws:s3:::2-1-bbws-tfstate-prod" }));
            Assert.That(TestStacks.All<S3BucketLifecycleConfiguration>(stack).Single().Args.Rules.Single().Expiration!.Single().Days, Is.EqualTo(365), "logs expire");
            Assert.That(TestStacks.All<S3BucketOwnershipControls>(stack).Single().Args.Rule.ObjectOwnership, Is.EqualTo("BucketOwnerEnforced"));
        });
    }

    [Test]
    public void ABucketNeedsEitherAKeyOrLogDeliveryNotBoth()
    {
        var stack = TestStacks.Empty();

        var neither = Assert.Throws<ArgumentException>(() => Build(stack, a => a with { KmsKeyArn = null }));
        var both = Assert.Throws<ArgumentException>(() => Build(stack, a => a with { LogDelivery = new AccessLogDelivery(["x"]) }, "both"));

        Assert.That(neither!.Message, Does.Contain("exactly one of them"));
        Assert.That(both!.Message, Does.Contain("exactly one of them"));
    }

    [Test]
    public void ANoncurrentPeriodOfZeroIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { NoncurrentVersionDays = 0 }));

        Assert.That(error!.Message, Does.Contain("at least 1"));
    }

    [Test]
    public void BucketSuppressionsApplyToTheBucketOnly()
    {
        var stack = TestStacks.Empty();
        var accepted = new Suppression("S3-REPLICATION", "test data stays in its region");
        var bucket = Build(stack, a => a with { BucketSuppressions = [accepted] });

        Assert.That(bucket.Bucket.Options.Suppressions, Is.EqualTo(new[] { accepted }));
        Assert.That(TestStacks.All<S3BucketPolicy>(stack).Single().EffectiveSuppressions, Is.Empty, "the policy's findings stay reported");
    }

    [Test]
    public void AdditionalStatementsFollowTheBucketsOwnPolicy()
    {
        var stack = TestStacks.Empty();
        var read = new PolicyStatement
        {
            Sid = "OtherAccountReads",
            Actions = ["s3:GetObject"],
            Resources = ["arn:aws:s3:::2-1-bbws-data-dev/public/*"],
            Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["AWS"] = ["arn:aws:iam::815856636111:root"] },
            Reason = "test",
        };
        _ = Build(stack, a => a with { AdditionalStatements = [read] });

        var statements = TestStacks.All<S3BucketPolicy>(stack).Single().Args.Policy.Statements;

        Assert.Multiple(() =>
        {
            Assert.That(statements[^1], Is.SameAs(read), "the caller's statement must be in the policy, after the bucket's own");
            Assert.That(statements[0].Sid, Is.EqualTo("DenyInsecureTransport"), "the bucket's own statements stay first");
        });
    }

    [TestCase("arn:aws:s3:::2-1-bbws-other-dev/*", true)]
    [TestCase("arn:aws:s3:::2-1-bbws-data-dev-other/*", true)]
    [TestCase("arn:aws:s3:::2-1-bbws-data-dev/x/*", false)]
    public void AnAdditionalStatementOnAnotherBucketOrWithoutPrincipalsIsRefused(string resource, bool foreign)
    {
        var principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["AWS"] = ["arn:aws:iam::815856636111:root"] };
        var onResource = new PolicyStatement { Sid = "S", Actions = ["s3:GetObject"], Resources = [resource], Principals = principals, Reason = "test" };
        var noPrincipal = onResource with { Resources = ["arn:aws:s3:::2-1-bbws-data-dev/x/*"], Principals = new Dictionary<string, IReadOnlyList<Input<string>>>() };

        Assert.Multiple(() =>
        {
            if (foreign)
            {
                Assert.That(() => Build(TestStacks.Empty(), a => a with { AdditionalStatements = [onResource] }), Throws.ArgumentException.With.Message.Contains("2-1-bbws-data-dev"), $"a statement on {resource} is not this bucket's");
            }
            else
            {
                Assert.That(() => Build(TestStacks.Empty(), a => a with { AdditionalStatements = [onResource] }), Throws.Nothing, $"{resource} is under this bucket");
            }

            Assert.That(() => Build(TestStacks.Empty(), a => a with { AdditionalStatements = [noPrincipal] }), Throws.ArgumentException.With.Message.Contains("Principals"), "a bucket policy statement must say whom it admits");
        });
    }

    private static SecureBucket Build(Stack stack, Func<SecureBucketArgs, SecureBucketArgs>? change = null, string name = "data")
    {
        var key = new KmsKey($"{name}-key", new KmsKeyArgs { Description = "test key" }, TestStacks.In(stack.Main));
        var args = new SecureBucketArgs { BucketName = "2-1-bbws-data-dev", KmsKeyArn = key.Arn };
        return new SecureBucket(name, change is null ? args : change(args), TestStacks.In(stack.Main));
    }
}
