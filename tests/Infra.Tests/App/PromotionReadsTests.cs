using Infra.App;
using Infra.Components;
using Infra.Configuration;
using Infra.Permissions;
using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.App;

/// <summary>
/// The lower stack's artifact bucket policy and key policy, as its bootstrap root generates them, judged by the IAM
/// evaluator across accounts: the next stack's deploy and promotion plan roles may read bundles, nothing else.
/// </summary>
public class PromotionReadsTests
{
    private static readonly Lazy<RequirementTable> Table = new(() =>
        RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(Path.Combine(RepositoryFiles.Root, IamCatalog.RelativePath))));

    // The reading role's own side granted wholesale, so that each decision below is the lower account's policies'.
    private static readonly PolicyEvaluator AnythingGranted = new([IamPolicyDocument.Parse("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""", "allow-all")]);

    private static StackConfig Config(string stack) => ProjectConfig.Load(RepositoryFiles.Root).Stack(stack);

    private static (IReadOnlyList<ResourcePolicy> Policies, string KeyArn, string Bucket) LowerPolicies(string lower)
    {
        var stack = StackHarness.Build(lower);
        var arns = new ResourceArns(Table.Value, stack);
        var key = stack.Bootstrap.Resources.OfType<EncryptionKey>().Single(k => k.Name == "artifact-key");
        return (IamCoverageRule.ResourcePolicies(stack, arns), arns.Arn(key.Key), ArtifactBucket.Name(stack.Config));
    }

    private static IamDecision Decide(string action, string resource, StackConfig caller, string logicalRole, StackConfig owner, IReadOnlyList<ResourcePolicy> policies, params (string Key, string Value)[] context)
    {
        var keys = context.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)[c.Value], StringComparer.OrdinalIgnoreCase);
        keys["aws:SecureTransport"] = ["true"];
        var request = new IamRequest(action, resource, $"arn:aws:iam::{caller.AccountId}:role/{RoleNames.PerStack(caller, logicalRole)}", caller.AccountId, keys) { ResourceAccount = owner.AccountId };
        return AnythingGranted.Evaluate(request, policies);
    }

    [TestCase("dev", "sit", CiRoleCalls.DeployRole)]
    [TestCase("dev", "sit", PlatformProgram.PromotePlanRole)]
    [TestCase("sit", "prod", CiRoleCalls.DeployRole)]
    [TestCase("sit", "prod", PlatformProgram.PromotePlanRole)]
    public void TheNextStacksReadersMayGetABundleAndDecryptItThroughS3(string lower, string next, string role)
    {
        var (policies, keyArn, bucket) = LowerPolicies(lower);
        var (owner, caller) = (Config(lower), Config(next));
        var bundle = $"arn:aws:s3:::{bucket}/bundles/0123abc/{new string('a', 64)}.zip";

        var get = Decide("s3:GetObject", bundle, caller, role, owner, policies);
        var decrypt = Decide("kms:Decrypt", keyArn, caller, role, owner, policies, ("kms:ViaService", $"s3.{owner.Region}.amazonaws.com"), ("kms:EncryptionContext:aws:s3:arn", $"arn:aws:s3:::{bucket}"));

        Assert.Multiple(() =>
        {
            Assert.That(get.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"{next}'s {role} must be able to read a bundle from {lower}'s bucket: {get}");
            Assert.That(decrypt.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"{next}'s {role} must be able to decrypt the bundle through S3 with {lower}'s artifact key: {decrypt}");
        });
    }

    [TestCase("dev", "sit")]
    [TestCase("sit", "prod")]
    public void TheNextStacksDeployRoleMayNotReadSavedPlansNorWriteNorDecryptOutsideS3(string lower, string next)
    {
        var (policies, keyArn, bucket) = LowerPolicies(lower);
        var (owner, caller) = (Config(lower), Config(next));
        var role = CiRoleCalls.DeployRole;

        var plan = Decide("s3:GetObject", $"arn:aws:s3:::{bucket}/plans/{lower}/1-1/{lower}.tfplan", caller, role, owner, policies);
        var put = Decide("s3:PutObject", $"arn:aws:s3:::{bucket}/bundles/0123abc/x.zip", caller, role, owner, policies);
        var tag = Decide("s3:PutObjectTagging", $"arn:aws:s3:::{bucket}/bundles/0123abc/x.zip", caller, role, owner, policies);
        var direct = Decide("kms:Decrypt", keyArn, caller, role, owner, policies, ("kms:EncryptionContext:aws:s3:arn", $"arn:aws:s3:::{bucket}"));
        var otherBucket = Decide("kms:Decrypt", keyArn, caller, role, owner, policies, ("kms:ViaService", $"s3.{owner.Region}.amazonaws.com"), ("kms:EncryptionContext:aws:s3:arn", $"arn:aws:s3:::2-1-bbws-tfstate-{lower}-{owner.AccountId}"));
        var encrypt = Decide("kms:GenerateDataKey", keyArn, caller, role, owner, policies, ("kms:ViaService", $"s3.{owner.Region}.amazonaws.com"), ("kms:EncryptionContext:aws:s3:arn", $"arn:aws:s3:::{bucket}"));

        Assert.Multiple(() =>
        {
            Assert.That(plan.IsAllowed, Is.False, $"{lower}'s saved plans hold state in clear: {next} must not read them: {plan}");
            Assert.That(put.IsAllowed, Is.False, $"{next} must not write into {lower}'s bucket: {put}");
            Assert.That(tag.IsAllowed, Is.False, $"{next} must not retag (unpin) {lower}'s bundles: {tag}");
            Assert.That(direct.IsAllowed, Is.False, $"{next} may use {lower}'s key only through S3: {direct}");
            Assert.That(otherBucket.IsAllowed, Is.False, $"{next} may use {lower}'s key only for the artifact bucket: {otherBucket}");
            Assert.That(encrypt.IsAllowed, Is.False, $"{next} may only decrypt with {lower}'s key: {encrypt}");
        });
    }

    [TestCase("dev", "sit", "github-drift")]
    [TestCase("dev", "prod", CiRoleCalls.DeployRole)]
    [TestCase("sit", "dev", CiRoleCalls.DeployRole)]
    [TestCase("sit", "prod", "github-drift")]
    public void NoOtherRoleOrAccountMayReadTheBundles(string lower, string caller, string role)
    {
        var (policies, keyArn, bucket) = LowerPolicies(lower);
        var owner = Config(lower);

        var get = Decide("s3:GetObject", $"arn:aws:s3:::{bucket}/bundles/0123abc/x.zip", Config(caller), role, owner, policies);
        var decrypt = Decide("kms:Decrypt", keyArn, Config(caller), role, owner, policies, ("kms:ViaService", $"s3.{owner.Region}.amazonaws.com"), ("kms:EncryptionContext:aws:s3:arn", $"arn:aws:s3:::{bucket}"));

        Assert.Multiple(() =>
        {
            Assert.That(get.IsAllowed, Is.False, $"{caller}'s {role} is not a reader of {lower}'s bundles: {get}");
            Assert.That(decrypt.IsAllowed, Is.False, $"{caller}'s {role} must not decrypt with {lower}'s artifact key: {decrypt}");
        });
    }

    [Test]
    public void TheLastStackGrantsNoOtherAccountAnything()
    {
        var prod = StackHarness.Build("prod");
        var policies = IamCoverageRule.ResourcePolicies(prod, new ResourceArns(Table.Value, prod));
        var foreign = policies
            .SelectMany(p => p.Policy.Statements.Where(s => !s.IsDeny).SelectMany(s => s.Principals ?? []).Select(principal => (p.Policy.Name, principal)))
            .Where(x => x.principal.StartsWith("arn:aws:iam::", StringComparison.Ordinal) && !x.principal.StartsWith($"arn:aws:iam::{prod.AccountId}:", StringComparison.Ordinal))
            .ToList();

        Assert.That(foreign, Is.Empty, $"no stack is promoted from prod, so its key and bucket policies must admit no other account: {string.Join(", ", foreign)}");
    }

    [Test]
    public void OnlyTheNextStackIsAdmittedByTheFirstStack()
    {
        var dev = StackHarness.Build("dev");
        var policies = IamCoverageRule.ResourcePolicies(dev, new ResourceArns(Table.Value, dev));
        var admitted = policies
            .SelectMany(p => p.Policy.Statements.Where(s => !s.IsDeny).SelectMany(s => s.Principals ?? []))
            .Where(principal => principal.StartsWith("arn:aws:iam::", StringComparison.Ordinal) && !principal.StartsWith($"arn:aws:iam::{dev.AccountId}:", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.That(admitted, Is.EqualTo(new[] { $"arn:aws:iam::{Config("sit").AccountId}:root" }), "dev's policies must admit sit's account (its readers, by condition) and no other");
    }
}
