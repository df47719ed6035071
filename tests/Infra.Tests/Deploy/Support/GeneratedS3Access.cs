using System.Collections.Concurrent;
using Infra.Components;
using Infra.Configuration;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Deploy.Support;

/// <summary>
/// Decides the artifact buckets' object requests as AWS would, from the policies the program generates: the calling
/// role's identity policies from its stack's bootstrap root, and the bucket policy and key policy of the stack that
/// owns the bucket, judged by the project's <see cref="PolicyEvaluator"/> (across accounts both sides must allow).
/// A read or write of an SSE-KMS object also needs the bucket's key, used through S3 for that bucket.
/// </summary>
internal sealed class GeneratedS3Access
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, StackPolicies>>> Built = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, StackPolicies> stacks;

    private GeneratedS3Access(IReadOnlyDictionary<string, StackPolicies> stacks) => this.stacks = stacks;

    /// <summary>The policies of every stack of the repository at <paramref name="repositoryRoot"/> (built once per root).</summary>
    public static GeneratedS3Access Of(string repositoryRoot) =>
        new(Built.GetOrAdd(Path.GetFullPath(repositoryRoot), root => new(() => BuildAll(root))).Value);

    /// <summary>
    /// The same policies with statement <paramref name="sid"/> removed from <paramref name="stack"/>'s bucket and key
    /// policies (to show that a request depends on it); throws when no resource policy of that stack has it.
    /// </summary>
    public GeneratedS3Access WithoutResourceStatement(string stack, string sid)
    {
        var owner = stacks[stack];
        var changed = owner.Rendered.Select(p => (p.Json, p.Kind, p.Arn, p.Name, Json2: WithoutSid(p.Json, sid))).ToList();
        if (changed.All(p => p.Json2 == p.Json))
        {
            throw new ArgumentException($"no bucket or key policy of {stack} has a statement '{sid}'", nameof(sid));
        }

        var copy = new Dictionary<string, StackPolicies>(stacks, StringComparer.Ordinal)
        {
            [stack] = owner with
            {
                Rendered = [.. changed.Select(p => new RenderedPolicy(p.Json2, p.Kind, p.Arn, p.Name))],
                Resources = [.. changed.Select(p => new ResourcePolicy(IamPolicyDocument.Parse(p.Json2, p.Name), p.Kind, p.Arn))],
            },
        };
        return new GeneratedS3Access(copy);
    }

    /// <summary>
    /// Why <paramref name="principalArn"/> may not call <paramref name="action"/> on <paramref name="key"/> of
    /// <paramref name="bucket"/> (null: allowed). <paramref name="context"/> holds the request's own condition keys
    /// (e.g. the encryption headers of a put); TLS is assumed, as every client of the buckets uses it.
    /// </summary>
    public string? Refusal(string principalArn, string action, string bucket, string? key, IReadOnlyDictionary<string, string> context)
    {
        if (!stacks.Values.Any(s => s.Bucket == bucket))
        {
            return $"bucket {bucket} is no stack's artifact bucket";
        }

        var owner = stacks.Values.Single(s => s.Bucket == bucket);
        var caller = stacks.Values.FirstOrDefault(s => s.Roles.ContainsKey(principalArn));
        if (caller is null)
        {
            return $"{principalArn} is no role the bootstrap roots generate";
        }

        var keys = context.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)[c.Value], StringComparer.OrdinalIgnoreCase);
        keys["aws:SecureTransport"] = ["true"];
        var resource = key is null ? $"arn:aws:s3:::{bucket}" : $"arn:aws:s3:::{bucket}/{key}";
        var decision = caller.Roles[principalArn].Evaluate(Request(action, resource, principalArn, caller, owner, keys), owner.Resources);
        return decision.IsAllowed ? null : $"{action} on {resource}: {decision}";
    }

    /// <summary>
    /// Why <paramref name="principalArn"/> may not use <paramref name="bucket"/>'s key for <paramref name="action"/>
    /// (kms:Decrypt to read, kms:GenerateDataKey to write) through S3 (null: allowed).
    /// </summary>
    public string? KeyRefusal(string principalArn, string action, string bucket)
    {
        var owner = stacks.Values.Single(s => s.Bucket == bucket);
        var caller = stacks.Values.FirstOrDefault(s => s.Roles.ContainsKey(principalArn));
        if (caller is null)
        {
            return $"{principalArn} is no role the bootstrap roots generate";
        }

        // The buckets use S3 Bucket Keys, so S3 asks KMS with the bucket's ARN as the encryption context.
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:SecureTransport"] = ["true"],
            ["kms:ViaService"] = [$"s3.{owner.Config.Region}.amazonaws.com"],
            ["kms:EncryptionContext:aws:s3:arn"] = [$"arn:aws:s3:::{bucket}"],
        };
        var decision = caller.Roles[principalArn].Evaluate(Request(action, owner.KeyArn, principalArn, caller, owner, keys), owner.Resources);
        return decision.IsAllowed ? null : $"{action} on {owner.KeyArn}: {decision}";
    }

    private static IamRequest Request(string action, string resource, string principalArn, StackPolicies caller, StackPolicies owner, Dictionary<string, IReadOnlyList<string>> keys) =>
        new(action, resource, principalArn, caller.Config.AccountId, keys) { ResourceAccount = owner.Config.AccountId };

    private static string WithoutSid(string json, string sid)
    {
        var document = JObject.Parse(json);
        var statements = (JArray)document["Statement"]!;
        foreach (var statement in statements.Where(s => (string?)s["Sid"] == sid).ToList())
        {
            statement.Remove();
        }

        return document.ToString(Newtonsoft.Json.Formatting.None);
    }

    private static IReadOnlyDictionary<string, StackPolicies> BuildAll(string root)
    {
        var table = RequirementTable.Load(root, IamCatalog.Load(Path.Combine(root, IamCatalog.RelativePath)));
        var project = ProjectConfig.Load(root);
        return project.Project.Stacks.AsParallel().Select(name => Build(root, table, name)).ToDictionary(s => s.Config.StackName, StringComparer.Ordinal);
    }

    private static StackPolicies Build(string root, RequirementTable table, string name)
    {
        var stack = StackHarness.Build(root, name);
        var arns = new ResourceArns(table, stack);
        var roles = stack.Bootstrap.Resources.OfType<GithubActionsRole>()
            .ToDictionary(r => arns.Arn(r.Role), r => IamCoverageRule.RoleEvaluator(r, stack, arns), StringComparer.Ordinal);
        var rendered = new List<RenderedPolicy>();
        foreach (var resource in stack.Roots.SelectMany(r => r.CustomResources))
        {
            // As IamCoverageRule.ResourcePolicies renders them, with the JSON kept so that a statement can be removed.
            switch (resource)
            {
                case KmsKey { Args.Policy: { } keyPolicy } key:
                    rendered.Add(new RenderedPolicy(PolicyJson.Render(keyPolicy, arns), ResourcePolicyKind.KmsKey, arns.Arn(key), $"key policy of {key.TerraformAddress}"));
                    break;
                case S3BucketPolicy bucketPolicy:
                    rendered.Add(new RenderedPolicy(PolicyJson.Render(bucketPolicy.Args.Policy, arns), ResourcePolicyKind.S3Bucket, arns.Arn(bucketPolicy), $"bucket policy of {bucketPolicy.TerraformAddress}"));
                    break;
            }
        }

        var artifactKey = stack.Bootstrap.Resources.OfType<EncryptionKey>().Single(k => k.Name == "artifact-key");
        return new StackPolicies(
            stack.Config,
            ArtifactBucket.Name(stack.Config),
            arns.Arn(artifactKey.Key),
            roles,
            rendered,
            [.. rendered.Select(p => new ResourcePolicy(IamPolicyDocument.Parse(p.Json, p.Name), p.Kind, p.Arn))]);
    }

    private sealed record RenderedPolicy(string Json, ResourcePolicyKind Kind, string Arn, string Name);

    private sealed record StackPolicies(
        StackConfig Config,
        string Bucket,
        string KeyArn,
        IReadOnlyDictionary<string, PolicyEvaluator> Roles,
        IReadOnlyList<RenderedPolicy> Rendered,
        IReadOnlyList<ResourcePolicy> Resources);
}
