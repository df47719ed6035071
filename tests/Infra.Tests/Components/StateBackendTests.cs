using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.Components;

/// <summary>
/// The state bucket's policy, as generated for a real stack, decided by the evaluator: a put may leave encryption to
/// the bucket default (the state key) or name the state key, and nothing else.
/// </summary>
public class StateBackendTests
{
    private const string Role = "arn:aws:iam::536580886816:role/2-1-bbws-github-deploy-dev";
    private const string Alias = "arn:aws:kms:eu-west-1:536580886816:alias/2-1-bbws-tfstate-dev";
    private const string KeyArn = "<state key ARN>";
    private static readonly Lazy<RequirementTable> Table = new(() =>
        RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(RepositoryFiles.PathOf(IamCatalog.RelativePath))));

    private static readonly Lazy<(Stack Stack, ResourcePolicy BucketPolicy, string Object, string KeyArn)> Dev = new(() =>
    {
        var stack = StackHarness.Build("dev");
        var arns = new ResourceArns(Table.Value, stack);
        var backend = stack.Main.Backend!;
        var bucketPolicy = stack.Bootstrap.CustomResources.OfType<S3BucketPolicy>().Single(p => arns.Arn(p) == "arn:aws:s3:::" + backend.Bucket);
        var policy = new ResourcePolicy(IamPolicyDocument.Parse(PolicyJson.Render(bucketPolicy.Args.Policy, arns), "state bucket policy"), ResourcePolicyKind.S3Bucket, arns.Arn(bucketPolicy));
        var key = stack.Bootstrap.CustomResources.OfType<KmsKey>().Single(k => k.TerraformAddress.Contains("state_key", StringComparison.Ordinal));
        return (stack, policy, $"arn:aws:s3:::{backend.Bucket}/{backend.Key}", arns.Arn(key));
    });

    // The writer's own policy allows every put, so that only the bucket policy can refuse.
    private static readonly PolicyEvaluator Writer = new([IamPolicyDocument.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"*"}]}""", "writer")]);

    [TestCase(null, null, TestName = "A put without encryption headers takes the bucket default (the state key) and is accepted")]
    [TestCase("aws:kms", Alias, TestName = "A put naming the state key by its alias ARN, as the Terraform backend does, is accepted")]
    [TestCase("aws:kms", KeyArn, TestName = "A put naming the state key by its key ARN is accepted")]
    public void APutThatEncryptsWithTheStateKeyIsAccepted(string? algorithm, string? key)
    {
        var decision = Put(algorithm, key);

        Assert.That(decision.IsAllowed, Is.True, $"a put with encryption '{algorithm}' and key '{key}' uses the state key and must be accepted: {decision}");
    }

    [TestCase("AES256", null, TestName = "A put asking for AES256 is refused by the state bucket's policy")]
    [TestCase("aws:kms:dsse", Alias, TestName = "A put asking for DSSE-KMS is refused by the state bucket's policy")]
    [TestCase("aws:kms", "arn:aws:kms:eu-west-1:536580886816:key/00000000-0000-0000-0000-000000000000", TestName = "A put naming another key is refused by the state bucket's policy")]
    [TestCase("aws:kms", "arn:aws:kms:eu-west-1:536580886816:alias/aws/s3", TestName = "A put naming the AWS managed key by alias is refused by the state bucket's policy")]
    [TestCase("aws:kms", null, TestName = "A put asking for aws:kms without a key (which S3 encrypts with aws/s3) is refused by the state bucket's policy")]
    public void APutThatWouldNotUseTheStateKeyIsRefused(string algorithm, string? key)
    {
        var decision = Put(algorithm, key);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), $"a put with encryption '{algorithm}' and key '{key}' must be refused: {decision}");
        Assert.That(decision.PolicyName, Is.EqualTo("state bucket policy"), $"the state bucket's policy must be what refuses it: {decision}");
    }

    [Test]
    public void TheStateBucketKeepsReplacedStateAndLogsEveryRequest()
    {
        var stack = Dev.Value.Stack;
        var bucket = stack.Main.Backend!.Bucket;
        var lifecycle = stack.Bootstrap.CustomResources.OfType<S3BucketLifecycleConfiguration>().Single(l => l.TerraformAddress.Contains("state_bucket", StringComparison.Ordinal));
        var logging = stack.Bootstrap.CustomResources.OfType<S3BucketAccessLogging>().Single(l => l.TerraformAddress.Contains("state_bucket", StringComparison.Ordinal));
        var logBucket = RuleGraph.Target(logging.Args.TargetBucket) as S3Bucket;
        var delivery = stack.Bootstrap.CustomResources.OfType<S3BucketPolicy>().Single(p => RuleGraph.Target(p.Args.Bucket) == logBucket).Args.Policy.Statements.Single(s => s.Sid == "AllowServerAccessLogDelivery");

        Assert.Multiple(() =>
        {
            Assert.That(lifecycle.Args.Rules.Single().NoncurrentVersionExpiration!.Single(), Is.EqualTo(new S3NoncurrentVersionExpiration { NoncurrentDays = 90, NewerNoncurrentVersions = 10 }), "replaced state stays recoverable for 90 days, and the 10 newest replaced versions whatever their age");
            Assert.That(logBucket?.Root, Is.SameAs(stack.Bootstrap), "the state bucket logs to the access-log bucket of its own root");
            Assert.That(delivery.Conditions.Single(c => c.Variable == "aws:SourceArn").Values, Does.Contain($"arn:aws:s3:::{bucket}"), "the log bucket must admit the state bucket's log delivery");
        });
    }

    private static IamDecision Put(string? algorithm, string? key)
    {
        var (stack, bucketPolicy, stateObject, keyArn) = Dev.Value;
        var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["aws:SecureTransport"] = ["true"] };
        if (algorithm is not null)
        {
            context["s3:x-amz-server-side-encryption"] = [algorithm];
        }

        if (key is not null)
        {
            context["s3:x-amz-server-side-encryption-aws-kms-key-id"] = [key == KeyArn ? keyArn : key];
        }

        return Writer.Evaluate(new IamRequest("s3:PutObject", stateObject, Role, stack.AccountId, context), [bucketPolicy]);
    }
}
