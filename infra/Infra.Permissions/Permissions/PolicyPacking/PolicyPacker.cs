using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Permissions;

/// <summary>
/// Packs a role's statements into the fewest policies IAM accepts. Statements of the same effect and conditions merge
/// (resources granted the same actions share a statement, or actions granted on the same resources do, whichever is
/// smaller); everything stays in one inline policy when it fits the role's inline quota, otherwise it is split into
/// managed policies. Only when exact ARNs do not fit even then are names of the stack's shape replaced by patterns,
/// narrowest first (<c>function:2-1-bbws-service-*-dev</c> before <c>function:2-1-bbws-*-dev</c>), and only in Allow
/// statements; a pattern never spans services, resource types, accounts or regions. Output is deterministic.
/// </summary>
public static class PolicyPacker
{
    /// <summary>
    /// Packs <paramref name="statements"/> of role <paramref name="role"/>. <paramref name="naming"/> allows name
    /// patterns of that shape when exact ARNs do not fit (null: never); <paramref name="attachedAlready"/> counts the
    /// managed policies the role has besides these. Throws an <see cref="InfraException"/> (exit code 1) naming the
    /// role, its size and the limits when nothing fits.
    /// </summary>
    public static PolicyPack Pack(string role, IReadOnlyList<PackableStatement> statements, NamingShape? naming = null, IamPolicyQuotas? quotas = null, int attachedAlready = 0)
    {
        quotas ??= IamPolicyQuotas.Default;
        foreach (var statement in statements)
        {
            if (statement.Effect is not ("Allow" or "Deny") || statement.Actions.Count == 0 || statement.Resources.Count == 0)
            {
                throw new InfraException($"Role {role}: a statement ({statement.Reason}) has effect '{statement.Effect}', {statement.Actions.Count} actions and {statement.Resources.Count} resources; give it the effect Allow or Deny and at least one action and one resource.");
            }
        }

        var current = StatementMerger.Merge(statements, quotas);
        if (PolicyFitter.Fit(role, current, quotas, attachedAlready, generalized: false) is { } exact)
        {
            return exact;
        }

        if (naming is not null)
        {
            for (var depth = current.Max(s => s.Resources.Max(r => NamePatterns.Depth(r, naming))); depth >= 0; depth--)
            {
                if (NamePatterns.Generalize(current, naming, depth) is not { } generalized)
                {
                    continue;
                }

                current = StatementMerger.Merge(generalized, quotas);
                if (PolicyFitter.Fit(role, current, quotas, attachedAlready, generalized: true) is { } pack)
                {
                    return pack;
                }
            }
        }

        var size = PolicyDocuments.DocumentSize(current.Select(s => PolicyDocuments.Size(s, quotas)).ToList());
        var managedRoom = Math.Max(0, quotas.ManagedPerRole - attachedAlready);
        throw new InfraException(
            $"Role {role}: its permissions take {size.ToString(CultureInfo.InvariantCulture)} characters even merged{(naming is null ? string.Empty : " and with name patterns")}, "
            + $"more than IAM allows a role ({quotas.InlineTotal.ToString(CultureInfo.InvariantCulture)} inline in total, or {managedRoom.ToString(CultureInfo.InvariantCulture)} more managed policies of {quotas.ManagedPolicy.ToString(CultureInfo.InvariantCulture)} each). "
            + "Remove grants the role no longer needs from its ledger, grant whole name patterns in the ledger instead of one grant per resource, or split the job across roles.",
            ExitCodes.CheckFailed);
    }

    /// <summary>The size of a document holding <paramref name="statements"/>, as IAM counts it (characters without whitespace).</summary>
    public static int Size(IReadOnlyList<PackableStatement> statements, IamPolicyQuotas? quotas = null)
    {
        quotas ??= IamPolicyQuotas.Default;
        return PolicyDocuments.DocumentSize(statements.Select(s => PolicyDocuments.Size(s, quotas)).ToList());
    }

    /// <summary>The JSON IAM stores for a document holding <paramref name="statements"/> (references left as written).</summary>
    public static string Json(IReadOnlyList<PackableStatement> statements) =>
        new JObject(new JProperty("Version", PolicyDocuments.Version), new JProperty("Statement", new JArray(statements.Select(s => PolicyDocuments.Render(s, null))))).ToString(Formatting.None);

    /// <summary>True when <paramref name="resource"/> is a reference (<c>${name.attribute}</c>) whose value is known only at apply.</summary>
    public static bool IsReference(string resource) =>
        resource.StartsWith("${", StringComparison.Ordinal) && resource.EndsWith('}');
}
