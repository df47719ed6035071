using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.App;

/// <summary>
/// What every service of a stack's main root shares: the root, the naming, the stack's key and notification topic, and
/// the per-stack settings. A service is one declaration on top of it:
/// <c>new LambdaService(name, platform.Services with { Source = ..., Environment = ..., Statements = ..., Queue = ... }, platform.InMain)</c>.
/// </summary>
/// <param name="Root">The main root.</param>
/// <param name="Naming">The stack's physical names.</param>
/// <param name="Key">The stack's customer-managed key.</param>
/// <param name="Notifications">The encrypted deployment notification topic.</param>
/// <param name="LogRetentionDays">Days logs are kept (<c>bbws:logRetentionDays</c>).</param>
/// <param name="Protect">Protect stateful resources (<c>bbws:protect</c>).</param>
/// <param name="DeploymentConfigName">The CodeDeploy config (<c>bbws:deploymentConfig</c>).</param>
/// <param name="RepositoryRoot">The checkout, for handler sources and templates (never written into any output).</param>
/// <param name="WorkloadBoundaryArn">The workload boundary every role of the root carries, under the workload path; null for none.</param>
/// <param name="LogGroupSuppressions">What the stack's log groups accept (dev keeps logs briefly); default none.</param>
public sealed record PlatformContext(StackRoot Root, Naming Naming, EncryptionKey Key, SnsTopic Notifications, int LogRetentionDays, bool Protect, string DeploymentConfigName, string RepositoryRoot, string? WorkloadBoundaryArn = null, IReadOnlyList<Suppression>? LogGroupSuppressions = null)
{
    /// <summary>The log level every service of the platform logs at (<c>LOG_LEVEL</c>).</summary>
    public const string LogLevel = "INFO";

    /// <summary>
    /// The arguments every service of the root starts from: logs kept <see cref="LogRetentionDays"/> and encrypted with
    /// <see cref="Key"/>, the stack's deployment config and notification topic, the workload boundary, protection, and
    /// <c>LOG_LEVEL</c>. A service adds its own with <c>with { ... }</c>; its name and package follow from its own name.
    /// </summary>
    public LambdaServiceArgs Services => new()
    {
        LogRetentionDays = LogRetentionDays,
        KmsKeyArn = Key.Arn,
        Protect = Protect,
        DeploymentConfigName = DeploymentConfigName,
        PermissionsBoundaryArn = WorkloadBoundaryArn,
        NotificationTopicArn = Notifications.Arn,
        Environment = Environment(new()),
        LogGroupSuppressions = LogGroupSuppressions ?? [],
    };

    /// <summary>Options that place a resource in the main root.</summary>
    public ResourceOptions InMain => new() { Parent = Root };

    /// <summary>The handler folder <c>infra/Handlers/<paramref name="folder"/></c> of the checkout.</summary>
    public HandlerSource Handlers(string folder) => HandlerSource.In(RepositoryRoot, $"infra/Handlers/{folder}");

    /// <summary>A service's own environment variables with the platform's <c>LOG_LEVEL</c>.</summary>
    public IReadOnlyDictionary<string, Input<string>> Environment(Dictionary<string, Input<string>> variables) =>
        new Dictionary<string, Input<string>>(variables) { ["LOG_LEVEL"] = LogLevel };
}
