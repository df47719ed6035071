using System.Text.Json.Nodes;

namespace Infra.Deploy;

/// <summary>
/// The CodeDeploy AppSpec for a Lambda deployment: the deployment group names no alias, so each deployment names the
/// alias and the current and target versions here.
/// </summary>
public static class AppSpec
{
    /// <summary>The alias every service's traffic goes through.</summary>
    public const string LiveAlias = "live";

    /// <summary>The AppSpec JSON that shifts <see cref="LiveAlias"/> of <paramref name="function"/> from <paramref name="currentVersion"/> to <paramref name="targetVersion"/>.</summary>
    public static string ForLambda(string function, string currentVersion, string targetVersion)
    {
        var spec = new JsonObject
        {
            ["version"] = "0.0",
            ["Resources"] = new JsonArray(new JsonObject
            {
                [ResourceKey(function)] = new JsonObject
                {
                    ["Type"] = "AWS::Lambda::Function",
                    ["Properties"] = new JsonObject
                    {
                        ["Name"] = function,
                        ["Alias"] = LiveAlias,
                        ["CurrentVersion"] = currentVersion,
                        ["TargetVersion"] = targetVersion,
                    },
                },
            }),
        };
        return spec.ToJsonString();
    }

    // AppSpec resource keys are logical ids: letters and digits only.
    private static string ResourceKey(string function) => new(function.Where(char.IsAsciiLetterOrDigit).ToArray());
}
