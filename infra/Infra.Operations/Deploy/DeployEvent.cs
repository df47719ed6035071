using Newtonsoft.Json.Linq;

namespace Infra.Deploy;

/// <summary>The structured message every deploy, promotion, rollback and freeze publishes to the stack's SNS topic.</summary>
public static class DeployEvent
{
    /// <summary>The message JSON: keys sorted so that two identical events read the same.</summary>
    public static string Json(string kind, StackTarget target, string result, IReadOnlyDictionary<string, string> details)
    {
        var message = new JObject
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

        return DeployJson.Write(new JObject(message.Properties().OrderBy(p => p.Name, StringComparer.Ordinal)));
    }

    /// <summary>The SNS subject line (at most 100 characters, as SNS requires).</summary>
    public static string Subject(string kind, StackTarget target, string result)
    {
        var subject = $"[{target.Project}/{target.Stack}] {kind} {result}";
        return subject.Length <= 100 ? subject : subject[..100];
    }
}
