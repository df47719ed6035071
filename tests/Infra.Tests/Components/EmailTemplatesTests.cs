using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Tests.Permissions;

namespace Infra.Tests.Components;

public class EmailTemplatesTests
{
    private const string Account = "536580886816";

    [Test]
    public void UploadsEveryTemplateWithAPlanTimeContentHash()
    {
        var templates = Build(TestStacks.Empty());

        Assert.That(templates.Objects.Select(o => o.Args.Key), Is.EqualTo(new[]
        {
            "email-templates/customer_confirmation.html", "email-templates/internal_notification.html", "email-templates/order_receipt.html",
        }));
        Assert.That(templates.Objects.Select(o => o.Args.SourceHash), Is.All.InstanceOf<FileMd5>(), "without a content hash an edited template is never re-uploaded");
    }

    [Test]
    public void TheBucketFollowsTheNamingConventionAndIsSecure()
    {
        var stack = TestStacks.Empty();
        var templates = Build(stack);

        Assert.That(templates.Bucket.Bucket.Args.Bucket, Is.EqualTo("2-1-bbws-order-templates-536580886816-dev"));
        Assert.That(TestStacks.All<S3BucketVersioning>(stack), Has.Count.EqualTo(1), "the templates bucket must be versioned");
        Assert.That(TestStacks.All<S3BucketPublicAccessBlock>(stack), Has.Count.EqualTo(1), "public access must be blocked");
    }

    [Test]
    public void TheIdentityIsTheSendersDomainWithDkim()
    {
        var templates = Build(TestStacks.Empty());

        Assert.That(templates.Identity.Args.EmailIdentity, Is.EqualTo("bigbeard.co.za"));
        Assert.That(templates.Identity.Args.DkimSigningAttributes, Is.Not.Null);
    }

    [Test]
    public void GrantsReadOnTheTemplatesPrefixAndSendOnTheIdentityOnly()
    {
        var templates = Build(TestStacks.Empty());

        Assert.That(templates.ReadTemplates.Actions, Is.EqualTo(new[] { "s3:GetObject" }));
        var resource = (Template)templates.ReadTemplates.Resources.Single().Output!.Expression;
        Assert.That(resource.Parts.Last(), Is.EqualTo("/email-templates/*"), "the role may read the templates and nothing else in the bucket");
        Assert.That(templates.SendEmail.Resources, Has.Count.EqualTo(2), "SES sends must be scoped to the identity and the simulator, not '*'");
        Assert.That(templates.SendEmail.Resources[0].Output!.Expression, Is.EqualTo(templates.Identity.Arn.Expression), "SES sends must be scoped to the sending identity, not '*'");
        Assert.That(templates.SendEmail.Resources[1].Value, Is.EqualTo($"arn:aws:ses:eu-west-1:{Account}:identity/success@simulator.amazonses.com"),
            "the smoke test's sends to the mailbox simulator need the simulator's identity in the sandbox, and only that address");
    }

    [Test]
    public void SetsTheVariablesUnderTheNamesTheCodeReads()
    {
        var templates = Build(TestStacks.Empty());

        Assert.That(templates.Environment("a@b.co").Keys, Is.EquivalentTo(new[] { "TEMPLATES_BUCKET_NAME", "FROM_EMAIL", "INTERNAL_EMAILS" }));
    }

    [Test]
    public void ThrowsWhenATemplateFileIsMissing()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { TemplateFiles = ["order_receipt.html", "missing.html"] }));

        Assert.That(e!.Message, Does.Contain("missing.html").And.Contain("infra/email-templates/missing.html does not exist"));
    }

    [Test]
    public void ThrowsWhenTheSenderIsNotAnAddress()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { FromEmail = "noreply" }));

        Assert.That(e!.Message, Does.Contain("FromEmail is 'noreply'").And.Contain("bbws:fromEmail"));
    }

    [Test]
    public void ThrowsWhenTheBucketNameDoesNotHoldTheAccountId()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { BucketName = "2-1-bbws-order-templates-dev" }));

        Assert.That(e!.Message, Does.Contain("BucketName is '2-1-bbws-order-templates-dev'").And.Contain(Account).And.Contain("global"), "the message names the argument, the value, the account and why");
    }

    [Test]
    public void ThrowsWhenTheAccountIdOnlyAppearsInsideAnotherNumber()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { BucketName = $"2-1-bbws-order-templates-{Account}9-dev" }));

        Assert.That(e!.Message, Does.Contain("BucketName"), "the account id must be a whole part of the name, not a substring of another number");
    }

    [Test]
    public void TheIdentityAndTheBucketNameFollowTheAccountAndRegionOfTheStackTheTemplatesAreBuiltIn()
    {
        var prod = Build(TestStacks.Empty("prod"), a => a with { BucketName = "2-1-bbws-order-templates-093646564004-prod" });
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty("prod")));

        Assert.That(prod.SimulatorIdentityArn, Is.EqualTo("arn:aws:ses:af-south-1:093646564004:identity/success@simulator.amazonses.com"), "the identity must be in prod's own account and region, read from the stack");
        Assert.That(e!.Message, Does.Contain("BucketName").And.Contain("093646564004"), "a bucket named for dev's account must be refused in prod, naming the argument and prod's account");
    }

    [Test]
    public void ThrowsWhenTheNameWithTheAccountIdExceedsSixtyThreeCharacters()
    {
        var name = $"2-1-bbws-a-very-long-purpose-for-order-templates-{Account}-prod";

        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { BucketName = name }));

        Assert.That(e!.Message, Does.Contain($"({name.Length} characters)").And.Contain("3-63"), "S3's limit must be checked when the component is built");
    }

    [Test]
    public void BouncesAndComplaintsOfTheIdentityReachTheNotificationTopic()
    {
        var templates = Build(TestStacks.Empty(), WithTopic);

        var destination = templates.EventDestination!.Args;

        Assert.Multiple(() =>
        {
            Assert.That(templates.ConfigurationSet!.Args.ConfigurationSetName, Is.EqualTo("2-1-bbws-email-dev"));
            Assert.That(templates.Identity.Args.ConfigurationSetName!.Output!.Expression, Is.EqualTo(templates.ConfigurationSet.ConfigurationSetName.Expression),
                "the set must be the identity's default, so that every send from the domain publishes its events");
            Assert.That(destination.ConfigurationSetName.Output!.Expression, Is.EqualTo(templates.ConfigurationSet.ConfigurationSetName.Expression));
            Assert.That(destination.EventDestination.MatchingEventTypes, Is.EquivalentTo(new[] { "BOUNCE", "COMPLAINT" }));
            Assert.That(destination.EventDestination.Enabled, Is.True);
            Assert.That(destination.EventDestination.SnsDestination!.TopicArn.Output!.Expression, Is.EqualTo(Topic.Expression), "the events must go to the notification topic");
        });
    }

    [Test]
    public void TheAccountsBounceRateHasAnAlarmWiredToTheTopic()
    {
        var alarm = Build(TestStacks.Empty(), WithTopic).BounceRateAlarm!.Args;

        Assert.Multiple(() =>
        {
            Assert.That((alarm.Namespace, alarm.MetricName), Is.EqualTo(("AWS/SES", "Reputation.BounceRate")));
            Assert.That((alarm.ComparisonOperator, alarm.Threshold), Is.EqualTo(("GreaterThanOrEqualToThreshold", 0.05)), "SES reviews an account at a 5% bounce rate");
            Assert.That(alarm.AlarmActions!.Single().Output!.Expression, Is.EqualTo(Topic.Expression));
        });
    }

    [Test]
    public void WithAConfigurationSetTheSenderMaySendWithIt()
    {
        var templates = Build(TestStacks.Empty(), WithTopic);

        Assert.That(templates.SendEmail.Resources.Select(r => r.Output?.Expression), Does.Contain(templates.ConfigurationSet!.Arn.Expression),
            "SES authorizes a send with the identity's default configuration set on the set too");
    }

    [Test]
    public void ThrowsWhenATopicIsGivenWithoutAConfigurationSetName()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => WithTopic(a) with { ConfigurationSetName = null }));

        Assert.That(e!.Message, Does.Contain("ConfigurationSetName is not set"));
    }

    [Test]
    public void WithoutATopicThereIsNoConfigurationSet()
    {
        var templates = Build(TestStacks.Empty());

        Assert.Multiple(() =>
        {
            Assert.That(templates.ConfigurationSet, Is.Null);
            Assert.That(templates.EventDestination, Is.Null);
            Assert.That(templates.BounceRateAlarm, Is.Null);
            Assert.That(templates.Identity.Args.ConfigurationSetName, Is.Null);
        });
    }

    private static readonly Output<string> Topic = Output.Create($"arn:aws:sns:eu-west-1:{Account}:2-1-bbws-deployments-dev");

    private static EmailTemplatesArgs WithTopic(EmailTemplatesArgs args) => args with { NotificationTopicArn = Topic, ConfigurationSetName = "2-1-bbws-email-dev" };

    private static EmailTemplates Build(Stack stack, Func<EmailTemplatesArgs, EmailTemplatesArgs>? change = null)
    {
        var args = new EmailTemplatesArgs
        {
            BucketName = $"2-1-bbws-order-templates-{Account}-{stack.Name}",
            KmsKeyArn = Output.Create("arn:aws:kms:eu-west-1:536580886816:key/test"),
            RepositoryRoot = RepositoryFiles.Root,
            FromEmail = "noreply@bigbeard.co.za",
        };
        return new EmailTemplates("order-templates", change is null ? args : change(args), TestStacks.In(stack.Main));
    }
}
