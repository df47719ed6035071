using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.App;

/// <summary>What every service of a stack's main root shares: the root, the naming, the stack's key and notification topic, and the per-stack settings.</summary>
/// <param name="Root">The main root.</param>
/// <param name="Naming">The stack's physical names.</param>
/// <param name="Key">The stack's customer-managed key.</param>
/// <param name="Notifications">The encrypted deployment notification topic.</param>
/// <param name="LogRetentionDays">Days logs are kept (<c>bbws:logRetentionDays</c>).</param>
/// <param name="Protect">Protect stateful resources (<c>bbws:protect</c>).</param>
/// <param name="DeploymentConfigName">The CodeDeploy config (<c>bbws:deploymentConfig</c>).</param>
/// <param name="RepositoryRoot">The checkout, for handler sources and templates (never written into any output).</param>
/// <param name="WorkloadBoundaryArn">The workload boundary every role of the root carries, under the workload path; null for none.</param>
public sealed record PlatformContext(StackRoot Root, Naming Naming, EncryptionKey Key, SnsTopic Notifications, int LogRetentionDays, bool Protect, string DeploymentConfigName, string RepositoryRoot, string? WorkloadBoundaryArn = null);
