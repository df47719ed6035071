using System.Text.Json.Nodes;

namespace Infra.Deploy;

/// <summary>The structured message every deploy, promotion, rollback and freeze publishes to the stack's SNS topic.</summary>
public static class DeployEvent
{
    /// <summary>The message JSON: keys sorted so that two identical events read the same.</summary>
    public static string Json(string kind, StackTarget target, string result, IReadOnlyDictionary<string, string> details)
    {
        var message = new JsonObject
        {
            ["account"] = target.AccountId,
            ["event"] = kind,
            ["project"] = target.Project,
            ["region"] = target.Region,
            ["result"] = result,
            ["stack"] = target.Stack,
        };
        foreach (var (key, value) in details.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            message[key] = value;
        }

        return new JsonObject(message.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString();
    }

    /// <summary>The SNS subject line (at most 100 characters, as SNS requires).</summary>
    public static string Subject(string kind, StackTarget target, string result)
    {
        var subject = $"[{target.Project}/{target.Stack}] {kind} {result}";
        return subject.Length <= 100 ? subject : subject[..100];
    }
}
