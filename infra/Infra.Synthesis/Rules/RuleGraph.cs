using System.Collections.Concurrent;
using System.Reflection;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>Reading helpers the rules share: which resource an input refers to, and the policy documents of a resource.</summary>
internal static class RuleGraph
{
    // Several rules read every resource's policy documents, and the generated args types have dozens of properties:
    // which of them hold a document is looked up once per type. A fact of the compiled types, not of any input, so it
    // is no cache of what a rule reads.
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> DocumentProperties = new();

    /// <summary>Every provider resource of both roots of the stack.</summary>
    public static IEnumerable<CustomResource> All(Stack stack) => stack.Roots.SelectMany(r => r.CustomResources);

    /// <summary>The resource whose attribute <paramref name="input"/> references; null for a literal or a template.</summary>
    public static CustomResource? Target(Input<string>? input) => (input?.Output?.Expression as AttributeReference)?.Resource;

    /// <summary>The resource whose attribute <paramref name="output"/> references.</summary>
    public static CustomResource? Target(Output<string>? output) => (output?.Expression as AttributeReference)?.Resource;

    /// <summary>True when <paramref name="input"/> references a customer-managed key of <paramref name="resource"/>'s own root.</summary>
    public static bool IsOwnKey(Input<string>? input, CustomResource resource) => Target(input) is KmsKey key && key.Root == resource.Root;

    /// <summary>The policy documents in a resource's typed args, with their Terraform property names.</summary>
    public static IEnumerable<(string Property, PolicyDocument Document)> Documents(CustomResource resource)
    {
        foreach (var (name, property) in DocumentProperties.GetOrAdd(resource.Args.GetType(), FindDocumentProperties))
        {
            if (property.GetValue(resource.Args) is PolicyDocument document)
            {
                yield return (name, document);
            }
        }
    }

    /// <summary>
    /// The identity policies the program writes (inline role policies and attached customer-managed policies): trust, key and
    /// bucket policies are resource policies, checked elsewhere.
    /// </summary>
    public static IEnumerable<(CustomResource Policy, PolicyStatement Statement)> IdentityStatements(Stack stack)
    {
        // A managed policy grants only once attached; one used as a permissions boundary caps a role and grants nothing.
        var attached = All(stack).OfType<IamRolePolicyAttachment>()
            .Select(a => a.Args.PolicyArn.Output?.Expression)
            .OfType<Expression>()
            .ToHashSet();
        return All(stack).SelectMany(r => r switch
        {
            IamRolePolicy inline => inline.Args.Policy.Statements.Select(s => ((CustomResource)inline, s)),
            IamPolicy managed when attached.Contains(managed.Arn.Expression) => managed.Args.Policy.Statements.Select(s => ((CustomResource)managed, s)),
            _ => [],
        });
    }

    private static (string Name, PropertyInfo Property)[] FindDocumentProperties(Type argsType) =>
        argsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(PolicyDocument))
            .Select(p => (p.GetCustomAttribute<InputAttribute>()?.TerraformName ?? p.Name, p))
            .ToArray();

    /// <summary>A statement's label for messages: its Sid, or its position.</summary>
    public static string Label(PolicyStatement statement) => statement.Sid is null ? $"statement [{string.Join(", ", statement.Actions)}]" : $"statement {statement.Sid}";
}
