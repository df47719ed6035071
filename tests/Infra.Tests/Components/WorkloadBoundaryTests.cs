using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Rules;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Components;

public class WorkloadBoundaryTests
{
    private static readonly Lazy<IamCatalog> Catalog = new(() => IamCatalog.Load(Path.Combine(RepositoryFiles.Root, IamCatalog.RelativePath)));

    [Test]
    public void EveryGrantOfEveryWorkloadRoleStaysWithinTheBoundary()
    {
        foreach (var stack in RuleFixtures.PlatformStacks())
        {
            var arns = new ResourceArns(RequirementTable.Load(RepositoryFiles.Root, Catalog.Value), stack);
            var boundary = IamPolicyDocument.Parse(PolicyJson.Render(stack.Bootstrap.Resources.OfType<WorkloadBoundary>().Single().Policy.Args.Policy, arns), "boundary");
            var checkedGrants = 0;
            foreach (var (statements, origin) in WorkloadGrants(stack))
            {
                var json = PolicyJson.Render(new PolicyDocument([.. statements]), arns);
                var evaluator = new PolicyEvaluator([IamPolicyDocument.Parse(json, origin)], boundary);
                foreach (var statement in JObject.Parse(json)["Statement"]!)
                {
                    foreach (var action in Strings(statement["Action"]!))
                    {
                        foreach (var arn in Strings(statement["Resource"]!))
                        {
                            var decision = evaluator.Evaluate(new IamRequest(action, arn, $"arn:aws:iam::{stack.AccountId}:role/bbws/workload/probe", stack.AccountId));
                            Assert.That(decision.IsAllowed, Is.True, $"{stack.Name}: {origin} grants {action} on {arn}, which the boundary must allow: {decision}");
                            checkedGrants++;
                        }
                    }
                }
            }

            Assert.That(checkedGrants, Is.GreaterThan(20), $"{stack.Name}: the workload roles' grants were all checked");
        }
    }

    [Test]
    public void TheBoundaryConditionCoversExactlyTheRoleWritesTheCatalogSaysSupportIt()
    {
        var fromCatalog = Catalog.Value.Actions
            .Where(a => a.Action.StartsWith("iam:", StringComparison.Ordinal) && a.AccessLevel != "Read"
                && a.ConditionKeys.Contains("iam:PermissionsBoundary") && a.ResourceTypes.Any(t => t.Name == "role"))
            .Select(a => a.Action)
            .Order(StringComparer.Ordinal);

        Assert.That(EscalationGuard.BoundaryConditionedActions.Order(StringComparer.Ordinal), Is.EqualTo(fromCatalog), "the guard must condition every role write that supports iam:PermissionsBoundary, and only those");
    }

    [Test]
    public void AnAttachedManagedPolicyWhoseDocumentIsUnknownIsRefused()
    {
        var stack = StackHarness.Build("dev");
        var role = stack.Main.CustomResources.OfType<IamRole>().First();
        _ = new IamRolePolicyAttachment("admin", new IamRolePolicyAttachmentArgs { Role = role.RoleName, PolicyArn = "arn:aws:iam::aws:policy/AdministratorAccess", Reason = "test" }, new ResourceOptions { Parent = stack.Main });

        var error = Assert.Throws<InfraException>(() => WorkloadBoundary.GrantsOf(stack.Main));

        Assert.That(error!.Message, Does.Contain("attaches arn:aws:iam::aws:policy/AdministratorAccess, whose document the workload boundary does not know"), "an unknown managed policy cannot be bounded and must be named");
    }

    private static IEnumerable<string> Strings(JToken token) => token is JArray array ? array.Values<string>().Select(v => v!) : [(string)token!];

    private static IEnumerable<(IReadOnlyList<PolicyStatement> Statements, string Origin)> WorkloadGrants(Stack stack)
    {
        foreach (var resource in stack.Main.CustomResources)
        {
            switch (resource)
            {
                case IamRolePolicy policy:
                    yield return (policy.Args.Policy.Statements, policy.TerraformAddress);
                    break;
                case IamRolePolicyAttachment attachment:
                    yield return (AwsManagedPolicies.Statements(attachment.Args.PolicyArn.Value!, attachment.TerraformAddress), attachment.TerraformAddress);
                    break;
            }
        }
    }
}
