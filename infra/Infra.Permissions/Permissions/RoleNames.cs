using Infra.Configuration;

namespace Infra.Permissions;

/// <summary>
/// The per-stack IAM role names of logical roles: <c>&lt;prefix&gt;-&lt;logical-role&gt;-&lt;stack&gt;</c>, where the
/// prefix is the stack's <c>namePrefix</c> (e.g. <c>2-1-bbws-github-deploy-dev</c>), the same prefix every physical
/// name of the stack is built from, so a role the program creates is the role these names find.
/// </summary>
public static class RoleNames
{
    /// <summary>The IAM role name of <paramref name="logicalRole"/> in <paramref name="stack"/>.</summary>
    public static string PerStack(StackConfig stack, string logicalRole) => $"{stack.NamePrefix}-{logicalRole}-{stack.StackName}";

    /// <summary>The form of the role names of <paramref name="stack"/>, e.g. <c>2-1-bbws-&lt;logical-role&gt;-dev</c>, for messages.</summary>
    public static string FormIn(StackConfig stack) => PerStack(stack, "<logical-role>");

    /// <summary>The logical role and stack of an IAM role name, when it is the name of a logical role in one of <paramref name="stacks"/>.</summary>
    public static (string LogicalRole, string Stack)? Split(string roleName, IEnumerable<StackConfig> stacks)
    {
        // Longest stack name first, so that a stack whose name ends another's ('prod' and 'preprod') is not taken for it.
        foreach (var stack in stacks.OrderByDescending(s => s.StackName.Length).ThenBy(s => s.StackName, StringComparer.Ordinal))
        {
            var prefix = $"{stack.NamePrefix}-";
            var suffix = $"-{stack.StackName}";
            if (roleName.Length > prefix.Length + suffix.Length
                && roleName.StartsWith(prefix, StringComparison.Ordinal)
                && roleName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (roleName[prefix.Length..^suffix.Length], stack.StackName);
            }
        }

        return null;
    }
}
