using System.Text.RegularExpressions;

namespace Infra.Permissions;

/// <summary>
/// The per-stack IAM role names of logical roles, by the team's convention <c>2-1-&lt;project&gt;-&lt;logical-role&gt;-&lt;stack&gt;</c>
/// (e.g. <c>2-1-bbws-github-deploy-dev</c>).
/// </summary>
public static class RoleNames
{
    /// <summary>The IAM role name of <paramref name="logicalRole"/> in <paramref name="stack"/>.</summary>
    public static string PerStack(string project, string logicalRole, string stack) => $"2-1-{project}-{logicalRole}-{stack}";

    /// <summary>The logical role and stack of an IAM role name, when it follows the convention and ends in one of <paramref name="stacks"/>.</summary>
    public static (string LogicalRole, string Stack)? Split(string project, string roleName, IEnumerable<string> stacks)
    {
        var prefix = $"2-1-{project}-";
        if (!roleName.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var stack in stacks.OrderByDescending(s => s.Length))
        {
            var match = Regex.Match(roleName[prefix.Length..], $"^(?<role>.+)-{Regex.Escape(stack)}$");
            if (match.Success)
            {
                return (match.Groups["role"].Value, stack);
            }
        }

        return null;
    }
}
