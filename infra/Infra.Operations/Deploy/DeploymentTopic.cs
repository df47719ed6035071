using Infra.Configuration;
using Infra.Model;

namespace Infra.Deploy;

/// <summary>
/// The ARN of a stack's deployment topic, read from the app's graph without an engine: freeze and unfreeze must work
/// where no terraform state can be read. The output <see cref="StackOutputs.TopicName"/> references the topic; that
/// topic's literal <c>name</c>, the stack's account and region make the ARN.
/// </summary>
public static class DeploymentTopic
{
    /// <summary>The topic's ARN in <paramref name="repositoryRoot"/>'s stack <paramref name="target"/>, as <paramref name="app"/> builds it; null when it names none literally.</summary>
    public static string? Arn(IInfraApp app, string repositoryRoot, StackTarget target) =>
        Arn(app.Build(ProjectConfig.Load(repositoryRoot).Stack(target.Stack), repositoryRoot));

    /// <summary>The topic's ARN in <paramref name="stack"/>, or null when its main root exports no topic with a literal name.</summary>
    public static string? Arn(Stack stack)
    {
        if (!stack.Main.Outputs.TryGetValue(StackOutputs.TopicName, out var output))
        {
            return null;
        }

        var reference = output.Expression switch
        {
            AttributeReference r => r,
            Template { Parts: [AttributeReference r] } => r,
            _ => null,
        };
        return reference is { Resource.Type: "aws_sns_topic", TerraformAttribute: "arn" }
            && reference.Resource.ReadProperties()["name"] is ScalarValue { Value: string name }
            ? $"arn:aws:sns:{stack.Region}:{stack.AccountId}:{name}"
            : null;
    }
}
