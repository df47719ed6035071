using System.Text.RegularExpressions;
using Infra.Model;
using Newtonsoft.Json.Linq;

namespace Infra.Deploy;

/// <summary>
/// The ARN of a stack's deployment topic, read from its generated Terraform main root without an engine: freeze and
/// unfreeze must work where no terraform state can be read. The output names the topic resource; that resource's
/// literal <c>name</c>, the stack's account and region make the ARN.
/// </summary>
public static partial class DeploymentTopic
{
    /// <summary>The topic's ARN, or null when the generated root does not name it literally.</summary>
    public static string? Arn(string repositoryRoot, StackTarget target)
    {
        var path = Path.Combine(repositoryRoot, "stacks", target.Stack, "terraform", "main.tf.json");
        if (!File.Exists(path))
        {
            return null;
        }

        JToken root;
        try
        {
            root = DeployJson.Parse(File.ReadAllText(path));
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new InfraException($"{path}: not valid JSON ({e.Message}). Run 'infra synth' to write it again.", ExitCodes.CheckFailed, e);
        }

        var value = DeployJson.Scalar(root["output"]?[StackOutputs.TopicName]?["value"]);
        if (value is null || ArnReference().Match(value) is not { Success: true } match)
        {
            return null;
        }

        var name = DeployJson.Scalar(root["resource"]?[match.Groups["type"].Value]?[match.Groups["name"].Value]?["name"]);
        return name is null || name.Contains("${", StringComparison.Ordinal) ? null : $"arn:aws:sns:{target.Region}:{target.AccountId}:{name}";
    }

    [GeneratedRegex(@"^\$\{(?<type>aws_sns_topic)\.(?<name>[A-Za-z0-9_-]+)\.arn\}$")]
    private static partial Regex ArnReference();
}
