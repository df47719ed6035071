using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Permissions;

/// <summary>A policy document as IAM stores and sizes it: the JSON of its statements and its length without whitespace.</summary>
internal static class PolicyDocuments
{
    /// <summary>The policy language version every document declares.</summary>
    internal const string Version = "2012-10-17";

    /// <summary>{"Version":"2012-10-17","Statement":[]}: what a document costs around its statements.</summary>
    internal static readonly int Overhead = NonWhitespace(new JObject(new JProperty("Version", Version), new JProperty("Statement", new JArray())).ToString(Formatting.None));

    /// <summary>The size of a document whose statements have <paramref name="statementSizes"/>.</summary>
    internal static int DocumentSize(IReadOnlyList<int> statementSizes) =>
        Overhead + statementSizes.Sum() + Math.Max(0, statementSizes.Count - 1);

    /// <summary>The size of one statement, a reference counted at the quotas' allowance.</summary>
    internal static int Size(PackableStatement statement, IamPolicyQuotas quotas) => NonWhitespace(Render(statement, quotas).ToString(Formatting.None));

    private static int NonWhitespace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    // The statement as IAM stores it, keys as the emitters write them; for sizing, a reference stands in at its allowance.
    internal static JObject Render(PackableStatement statement, IamPolicyQuotas? sizing)
    {
        var json = new JObject();
        if (statement.Sid is { } sid)
        {
            json["Sid"] = sid;
        }

        json.Add("Effect", statement.Effect);
        json.Add("Action", new JArray(statement.Actions));
        json.Add("Resource", new JArray(statement.Resources.Select(r => sizing is not null && PolicyPacker.IsReference(r) ? new string('x', sizing.ReferenceLength) : r)));
        if (statement.Conditions.Count > 0)
        {
            json["Condition"] = new JObject(statement.Conditions
                .GroupBy(c => c.Test, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new JProperty(g.Key, new JObject(g.OrderBy(c => c.Variable, StringComparer.Ordinal).Select(c => new JProperty(c.Variable, new JArray(c.Values)))))));
        }

        return json;
    }
}
