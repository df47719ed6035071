using Infra.Benchmarks;
using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.App;

/// <summary>
/// Every CI role's policies fit IAM's quotas, measured on the JSON IAM will store (references as real ARNs, whitespace
/// not counted): 10,240 characters inline in total, 6,144 per managed policy, 10 managed policies per role.
/// </summary>
public class CiRolePolicyQuotaTests
{
    private const int Scale = 1000;

    private static readonly string[] Stacks = ["dev", "sit", "prod"];

    [TestCaseSource(nameof(Stacks))]
    public void EveryCiRoleOfTheStackFitsTheQuotas(string stackName) =>
        AssertFits(StackHarness.Build(stackName));

    [TestCaseSource(nameof(Stacks))]
    public void EveryCiRoleOfTheStackFitsTheQuotasAtAThousandServices(string stackName) =>
        AssertFits(ScaledPlatform.With(Scale).Build(ProjectConfig.Load(RepositoryFiles.Root).Stack(stackName), RepositoryFiles.Root));

    [Test]
    public void TheDeployRoleOverTheInlineQuotaIsSplitIntoAttachedManagedPolicies()
    {
        var stack = StackHarness.Build("dev");
        var deploy = (GithubActionsRole)stack.Bootstrap.Find("github-deploy")!;

        Assert.That(deploy.InlinePolicy, Is.Null, "the deploy ledger is over 10,240 characters: nothing may stay inline");
        Assert.That(deploy.ManagedPolicies, Has.Count.GreaterThan(1));
        Assert.That(deploy.Attachments.Select(a => RuleGraph.Target(a.Args.PolicyArn)), Is.EqualTo(deploy.ManagedPolicies), "each managed policy must be attached, by a reference to its ARN");
        Assert.That(deploy.Attachments.Select(a => RuleGraph.Target(a.Args.Role)), Has.All.SameAs(deploy.Role), "the policies are attached to the deploy role");
        Assert.That(deploy.ManagedPolicies.Select(p => p.Args.Name), Is.EqualTo(Enumerable.Range(1, deploy.ManagedPolicies.Count).Select(i => $"2-1-bbws-github-deploy-dev-ledger-{i}")));
        Assert.That(deploy.ManagedPolicies.Select(p => p.Root), Has.All.SameAs(stack.Bootstrap), "CI's policies are applied by an administrator, in the bootstrap root");
    }

    private static void AssertFits(Stack stack)
    {
        var arns = new RealLengthArns();
        var roles = stack.Bootstrap.Resources.OfType<GithubActionsRole>().ToList();
        Assert.That(roles, Is.Not.Empty, $"{stack.Name} has no CI role to check");
        var failures = new List<string>();
        foreach (var role in roles)
        {
            var name = role.Role.Args.Name;
            var inline = role.Policies.Where(p => p.Resource is IamRolePolicy).Sum(p => Size(p.Document, arns));
            if (inline > IamPolicyQuotas.Default.InlineTotal)
            {
                failures.Add($"{name}: inline policies take {inline} characters, over {IamPolicyQuotas.Default.InlineTotal}");
            }

            foreach (var managed in role.Policies.Where(p => p.Resource is IamPolicy))
            {
                var size = Size(managed.Document, arns);
                if (size > IamPolicyQuotas.Default.ManagedPolicy)
                {
                    failures.Add($"{name}: managed policy {managed.Name} takes {size} characters, over {IamPolicyQuotas.Default.ManagedPolicy}");
                }
            }

            var attached = stack.Bootstrap.CustomResources.OfType<IamRolePolicyAttachment>().Count(a => RuleGraph.Target(a.Args.Role) == role.Role);
            if (attached > IamPolicyQuotas.Default.ManagedPerRole)
            {
                failures.Add($"{name}: {attached} managed policies attached, over {IamPolicyQuotas.Default.ManagedPerRole}");
            }

            if (role.Policies.Count == 0)
            {
                failures.Add($"{name}: has no policy at all");
            }
        }

        Assert.That(failures, Is.Empty, $"{stack.Name}: CI roles over IAM's quotas:\n{string.Join("\n", failures)}");
    }

    private static int Size(PolicyDocument document, IResourceArns arns) =>
        PolicyJson.Render(document, arns).Count(c => !char.IsWhiteSpace(c));

    // The only references in CI roles' policies are key ARNs: rendered at their real length (a key id is a UUID).
    private sealed class RealLengthArns : IResourceArns
    {
        public string Arn(CustomResource resource) => resource.Type == "aws_kms_key"
            ? $"arn:aws:kms:{resource.Root.Stack.Region}:{resource.Root.Stack.AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
            : throw new NotSupportedException($"a CI role's policy references {resource.Type}; give it its real ARN length here");

        public string Value(AttributeReference reference) => reference.TerraformAttribute == "arn"
            ? Arn(reference.Resource)
            : throw new NotSupportedException($"a CI role's policy references {reference.TerraformAttribute}; give it its real length here");
    }
}
