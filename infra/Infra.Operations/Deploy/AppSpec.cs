using Newtonsoft.Json.Linq;

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
        var spec = new JObject
        {
            ["version"] = "0.0",
            ["Resources"] = new JArray(new JObject
            {
                [ResourceKey(function)] = new JObject
                {
                    ["Type"] = "AWS::Lambda::Function",
                    ["Properties"] = new JObject
                    {
                        ["Name"] = function,
                        ["Alias"] = LiveAlias,
                        ["CurrentVersion"] = currentVersion,
                        ["TargetVersion"] = targetVersion,
                    },
                },
            }),
        };
        return DeployJson.Write(spec);
    }

    // AppSpec resource keys are logical ids: letters and digits only.
    private static string ResourceKey(string function) => new(function.Where(char.IsAsciiLetterOrDigit).ToArray());
}
