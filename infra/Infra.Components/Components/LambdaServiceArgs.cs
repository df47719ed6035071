using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>Arguments of <see cref="LambdaService"/>. Units are in the names.</summary>
public sealed record LambdaServiceArgs
{
    /// <summary>
    /// The function's physical name (at most 64 characters). Default: the service's name after its stack's naming
    /// convention (<see cref="Naming.For"/>), e.g. <c>2-1-bbws-order-processor-dev</c> for <c>order-processor</c>.
    /// </summary>
    public string? FunctionName { get; init; }

    /// <summary>The entry point. Default <c>handler.lambda_handler</c>.</summary>
    public string Handler { get; init; } = "handler.lambda_handler";

    /// <summary>
    /// The deployment package: a zip built once per commit and promoted unchanged. Default:
    /// <c>.build/lambda/&lt;service name&gt;.zip</c>, where the build workflow writes it.
    /// </summary>
    public RepositoryPath? PackagePath { get; init; }

    /// <summary>The runtime. Default <c>python3.12</c>, the runtime image the package is built in.</summary>
    public string Runtime { get; init; } = "python3.12";

    /// <summary>The instruction set. Default <c>x86_64</c>, the architecture of the default build image.</summary>
    public string Architecture { get; init; } = "x86_64";

    /// <summary>Memory in MiB, 128-10240. Default 256.</summary>
    public int MemoryMiB { get; init; } = 256;

    /// <summary>Timeout in seconds, 1-900. Default 30.</summary>
    public int TimeoutSeconds { get; init; } = 30;

    /// <summary>Days the function's log group keeps events.</summary>
    public required int LogRetentionDays { get; init; }

    /// <summary>Environment variables, by the exact names the code reads. Default: none.</summary>
    public IReadOnlyDictionary<string, Input<string>> Environment { get; init; } = new Dictionary<string, Input<string>>();

    /// <summary>Permissions the function needs by design, each with its reason. Default: none beyond its own logs and traces.</summary>
    public IReadOnlyList<PolicyStatement> Statements { get; init; } = [];

    /// <summary>
    /// When set, the service's roles are workload roles: path <see cref="WorkloadBoundary.RolePath"/> and this
    /// permissions boundary (the stack's <see cref="WorkloadBoundary"/>), the only roles CI may create. Default: none.
    /// </summary>
    public string? PermissionsBoundaryArn { get; init; }

    /// <summary>The customer-managed key for the log group and the environment variables; default: AWS-owned encryption.</summary>
    public Output<string>? KmsKeyArn { get; init; }

    /// <summary>
    /// Concurrency reserved for the function. Default: none (the account's unreserved pool). Lambda keeps 100
    /// executions unreserved, so an account on the starting quota of 10 accepts no reservation at all.
    /// </summary>
    public int? ReservedConcurrency { get; init; }

    /// <summary>Protect the log group and the queues from deletion. Default false; true in prod.</summary>
    public bool Protect { get; init; }

    /// <summary>Rule findings accepted on the function's log group (e.g. LOG-RETENTION-YEAR in dev), each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> LogGroupSuppressions { get; init; } = [];

    /// <summary>Rule findings accepted on the function itself (not its role, log group or alarms), each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> FunctionSuppressions { get; init; } = [];

    /// <summary>
    /// How CodeDeploy shifts the alias <c>live</c> to a new version. Default <c>CodeDeployDefault.LambdaAllAtOnce</c>
    /// (dev); sit uses a linear config and prod <c>CodeDeployDefault.LambdaCanary10Percent5Minutes</c>, from stack config.
    /// </summary>
    public string DeploymentConfigName { get; init; } = "CodeDeployDefault.LambdaAllAtOnce";

    /// <summary>The stack's deployment notification topic: alarms and deployment events are published there. Default: none.</summary>
    public Output<string>? NotificationTopicArn { get; init; }

    /// <summary>An SQS queue (with dead-letter queue) that invokes the alias. Default: none (the function is invoked otherwise).</summary>
    public LambdaQueueSource? Queue { get; init; }

    /// <summary>The function's source folder, scanned by rule LAMBDA-ENV. Default: none (the rule cannot check the function and warns).</summary>
    public HandlerSource? Source { get; init; }

    /// <summary>Errors per minute on the alias above which the alarm fires and a deployment rolls back. Default 0: any error.</summary>
    public int ErrorAlarmThreshold { get; init; }

    /// <summary>The share of the timeout that the p99 duration may reach before its alarm fires. Default 0.8.</summary>
    public double DurationAlarmShareOfTimeout { get; init; } = 0.8;

    /// <summary>What the deploy driver checks after shifting the alias, in order (<see cref="ServiceOutputs"/> exports them). Default: none.</summary>
    public IReadOnlyList<SmokeCheck> SmokeChecks { get; init; } = [];
}
