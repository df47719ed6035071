using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class LedgerPlaceholdersTests
{
    [TestCase("arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev", "arn:aws:lambda:${region}:${account}:function:2-1-bbws-product-api-${stack}")]
    [TestCase("arn:aws:logs:eu-west-1:536580886816:log-group:/aws/lambda/2-1-bbws-product-api-dev", "arn:aws:logs:${region}:${account}:log-group:/aws/lambda/2-1-bbws-product-api-${stack}")]
    [TestCase("arn:aws:s3:::2-1-bbws-tfstate-dev/main/terraform.tfstate", "arn:aws:s3:::2-1-bbws-tfstate-${stack}/main/terraform.tfstate")]
    [TestCase("arn:aws:iam::536580886816:role/2-1-bbws-devops-dev", "arn:aws:iam::${account}:role/2-1-bbws-devops-${stack}")]
    [TestCase("arn:aws:sqs:eu-west-1:536580886816:2-1-bbws-orders-dev.fifo", "arn:aws:sqs:${region}:${account}:2-1-bbws-orders-${stack}.fifo")]
    [TestCase("arn:aws:apigateway:eu-west-1::/tags/arn%3Aaws%3Aapigateway%3Aeu-west-1%3A%3A%2Frestapis%2F*%2Fstages%2Fdev", "arn:aws:apigateway:${region}::/tags/arn%3Aaws%3Aapigateway%3A${region}%3A%3A%2Frestapis%2F*%2Fstages%2F${stack}")]
    [TestCase("arn:aws:iot:eu-west-1:536580886816:thing/device-dev", "arn:aws:iot:${region}:${account}:thing/device-${stack}")]
    [TestCase("arn:aws:s3:::2-1-bbws-devices-dev/devops/dev/state", "arn:aws:s3:::2-1-bbws-devices-${stack}/devops/${stack}/state")]
    [TestCase("arn:aws:apigateway:eu-west-1::/tags/arn%3Aaws%3Aapigateway%3Aeu-west-1%3A%3A%2Frestapis%2F*%2Fstages%2Fdevice", "arn:aws:apigateway:${region}::/tags/arn%3Aaws%3Aapigateway%3A${region}%3A%3A%2Frestapis%2F*%2Fstages%2Fdevice")]
    public void AbstractTurnsTheStacksValuesBackIntoPlaceholders(string concrete, string expected)
    {
        Assert.That(LedgerPlaceholders.Abstract(concrete, "536580886816", "eu-west-1", "dev"), Is.EqualTo(expected));
    }

    [TestCase("arn:aws:lambda:eu-west-1:815856636111:function:2-1-bbws-deposit-sit", "arn:aws:lambda:${region}:${account}:function:2-1-bbws-deposit-${stack}", TestName = "Abstract leaves a stack name that ends a word (deposit) alone")]
    [TestCase("arn:aws:lambda:eu-west-1:815856636111:function:2-1-bbws-site-sit", "arn:aws:lambda:${region}:${account}:function:2-1-bbws-site-${stack}", TestName = "Abstract leaves a stack name that starts a word (site) alone")]
    [TestCase("arn:aws:s3:::2-1-bbws-transit-sit/sit/transit.json", "arn:aws:s3:::2-1-bbws-transit-${stack}/${stack}/transit.json", TestName = "Abstract replaces only whole name segments in an S3 key")]
    public void AbstractReplacesTheStackNameOnlyAsAWholeNameSegment(string concrete, string expected)
    {
        Assert.That(LedgerPlaceholders.Abstract(concrete, "815856636111", "eu-west-1", "sit"), Is.EqualTo(expected), "a word that merely contains the stack name must keep its letters");
    }

    [Test]
    public void AbstractIsTheInverseOfResolve()
    {
        const string pattern = "arn:aws:dynamodb:${region}:${account}:table/2-1-bbws-tflock-${stack}";

        var concrete = LedgerPlaceholders.Resolve(pattern, "093646564004", "af-south-1", "prod");

        Assert.That(LedgerPlaceholders.Abstract(concrete, "093646564004", "af-south-1", "prod"), Is.EqualTo(pattern));
    }

    [TestCase("eu-west-1", "aws")]
    [TestCase("cn-north-1", "aws-cn")]
    [TestCase("us-gov-west-1", "aws-us-gov")]
    public void PartitionFollowsTheRegion(string region, string partition)
    {
        Assert.That(LedgerPlaceholders.PartitionOf(region), Is.EqualTo(partition));
    }

    [Test]
    public void ReferencesToComponentOutputsAreNotUnknownPlaceholders()
    {
        Assert.That(LedgerPlaceholders.Unknown("${templates.arn}/email-templates/*"), Is.Empty, "a ${name.attribute} reference is resolved by the program, not the ledger");
        Assert.That(LedgerPlaceholders.Unknown("arn:aws:s3:::${bucket}"), Is.EqualTo(new[] { "bucket" }));
    }
    private static readonly StackLocation Dev = new("dev", "536580886816", "eu-west-1");

    [TestCase("arn:aws:s3:::2-1-bbws-artifacts-dev-536580886816/bundles/*", "arn:aws:s3:::2-1-bbws-artifacts-${lower-stack}-${lower-account}/bundles/*")]
    [TestCase("arn:aws:kms:eu-west-1:536580886816:key/*", "arn:aws:kms:${lower-region}:${lower-account}:key/*")]
    [TestCase("arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/*", "arn:aws:s3:::2-1-bbws-artifacts-${stack}-${account}/bundles/*")]
    [TestCase("arn:aws:kms:eu-west-1:815856636111:key/*", "arn:aws:kms:${region}:${account}:key/*")]
    public void AbstractTurnsTheLowerStacksValuesIntoLowerPlaceholdersInItsAccountOnly(string concrete, string expected)
    {
        Assert.That(LedgerPlaceholders.Abstract(concrete, "815856636111", "eu-west-1", "sit", Dev), Is.EqualTo(expected), "a resource of dev's account read from sit must name dev through ${lower-...}; sit's own (same region) must keep its own placeholders");
    }

    [Test]
    public void ResolveWithALowerStackIsTheInverseOfAbstract()
    {
        const string pattern = "arn:aws:kms:${lower-region}:${lower-account}:key/* arn:aws:s3:::2-1-bbws-artifacts-${lower-stack}-${lower-account}/bundles/*";

        var concrete = LedgerPlaceholders.Resolve(pattern, "815856636111", "eu-west-1", "sit", Dev);

        Assert.Multiple(() =>
        {
            Assert.That(concrete, Is.EqualTo("arn:aws:kms:eu-west-1:536580886816:key/* arn:aws:s3:::2-1-bbws-artifacts-dev-536580886816/bundles/*"));
            Assert.That(LedgerPlaceholders.Abstract(concrete, "815856636111", "eu-west-1", "sit", Dev), Is.EqualTo(pattern));
        });
    }

    [Test]
    public void LowerPlaceholdersAreKnownAndALiteralAccountIsStillNot()
    {
        Assert.That(LedgerPlaceholders.Unknown("arn:aws:kms:${lower-region}:${lower-account}:key/* ${lower-stack}"), Is.Empty, "the lower stack's placeholders are the ledger's own");
        Assert.That(LedgerPlaceholders.HasLiteralAccountId("arn:aws:kms:eu-west-1:536580886816:key/*"), Is.True, "a literal account id stays refused: ${lower-account} names the lower account");
    }

    [Test]
    public void ResolvingALowerPlaceholderWithoutALowerStackIsRefused()
    {
        Assert.That(() => LedgerPlaceholders.Resolve("arn:aws:kms:${lower-region}:${lower-account}:key/*", "536580886816", "eu-west-1", "dev", null), Throws.ArgumentException.With.Message.Contains("dev"));
    }
}
