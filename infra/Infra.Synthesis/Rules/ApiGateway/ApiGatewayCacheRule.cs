using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-CACHE: Every API Gateway stage has a cache cluster and its method settings enable caching.</summary>
public sealed class ApiGatewayCacheRule() : Rule(
    RuleId,
    "Every API Gateway stage has a cache cluster, and every method settings block enables caching.",
    "A stage cache answers repeated reads without invoking the backend, which absorbs read floods and keeps serving while the backend is slow.",
    checkovIds: ["CKV_AWS_120", "CKV_AWS_225"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-CACHE";

    // Ported from checkov's APIGatewayCacheEnable (cache_cluster_enabled true on the stage) and
    // APIGatewayMethodSettingsCacheEnabled (settings caching_enabled true), both Apache-2.0.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var stage in stack.ResourcesOf<ApiGatewayStage>().Where(s => s.Args.CacheClusterEnabled != true))
        {
            yield return Finding(stage, $"stage {stage.Args.StageName} has no cache cluster: set CacheClusterEnabled = true (and a CacheClusterSize), or suppress with the reason reads must not be cached.");
        }

        foreach (var settings in stack.ResourcesOf<ApiGatewayMethodSettings>().Where(s => s.Args.Settings.CachingEnabled != true))
        {
            yield return Finding(settings, $"method settings {settings.Name} for {settings.Args.MethodPath} do not enable caching: set Settings.CachingEnabled = true (with CacheDataEncrypted), or suppress with the reason reads must not be cached.");
        }
    }
}
