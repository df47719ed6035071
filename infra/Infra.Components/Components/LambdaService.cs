using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// A Lambda function with everything it needs to run and to be deployed safely: an execution role whose every
/// permission carries its reason, the <c>/aws/lambda/&lt;function&gt;</c> log group created before the function,
/// the function (X-Ray on, a version published on every change, the package hash evaluated at plan time), the
/// alias <c>live</c> that every invoker targets, a CodeDeploy application and deployment group that shift the alias
/// (with automatic rollback on failure and on alarm), alarms on errors, throttles and duration, and optionally an
/// SQS queue with its dead-letter queue.
/// </summary>
public sealed partial class LambdaService : ComponentResource
{
    /// <summary>The alias every invoker targets; CodeDeploy moves it from version to version.</summary>
    public const string LiveAlias = "live";

    /// <summary>The managed policy that lets CodeDeploy shift a Lambda alias and read alarms, without sns:Publish on every topic.</summary>
    public const string CodeDeployManagedPolicyArn = "arn:aws:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited";

    /// <summary>Builds the service; throws when an argument is outside AWS's limits.</summary>
    public LambdaService(string name, LambdaServiceArgs args, ResourceOptions? options = null)
        : base("bbws:lambda:LambdaService", name, options)
    {
        // Unnamed, the function and its package take the service's name, as every name of the stack does.
        FunctionName = args.FunctionName ?? new Naming(Root.Stack).For(name);
        PackagePath = args.PackagePath ?? new RepositoryPath($".build/lambda/{name}.zip");
        args = args with { FunctionName = FunctionName, PackagePath = PackagePath };
        Validate(args, FunctionName);
        Args = args;
        var fn = FunctionName;
        Role = new IamRole($"{name}-role", new IamRoleArgs
        {
            Name = AwsNameLimits.IamRole(nameof(args.FunctionName), $"{fn}-role"),
            Description = $"Execution role of the Lambda function {fn}.",
            Path = args.PermissionsBoundaryArn is null ? null : WorkloadBoundary.RolePath,
            PermissionsBoundary = args.PermissionsBoundaryArn is null ? null : (Input<string>)args.PermissionsBoundaryArn,
            AssumeRolePolicy = ServiceTrust("lambda.amazonaws.com", "Only the Lambda service may assume a function's execution role."),
        }, ChildOptions());

        // The log group exists before the function: otherwise the first invocation creates it without
        // retention or encryption, and Terraform then fails to create it ("already exists").
        LogGroup = new CloudWatchLogGroup($"{name}-logs", new CloudWatchLogGroupArgs
        {
            Name = $"/aws/lambda/{fn}",
            RetentionInDays = args.LogRetentionDays,
            KmsKeyId = args.KmsKeyArn,
        }, ChildOptions(args.Protect) with { Suppressions = args.LogGroupSuppressions });

        if (args.Queue is { } queue)
        {
            DeadLetterQueue = new SqsQueue($"{name}-dlq", new SqsQueueArgs
            {
                Name = AwsNameLimits.SqsQueue(nameof(queue.DeadLetterQueueName), queue.DeadLetterQueueName),
                KmsMasterKeyId = args.KmsKeyArn,
                MessageRetentionSeconds = queue.DeadLetterRetentionDays * 86400,
            }, ChildOptions(args.Protect));
            Queue = new SqsQueue($"{name}-queue", new SqsQueueArgs
            {
                Name = AwsNameLimits.SqsQueue(nameof(queue.QueueName), queue.QueueName),
                KmsMasterKeyId = args.KmsKeyArn,

                // AWS's guidance for a Lambda consumer: six times the function's timeout, so that a message being
                // processed (and retried by the poller) does not become visible to a second consumer.
                VisibilityTimeoutSeconds = args.TimeoutSeconds * 6,
                RedrivePolicy = new SqsRedrivePolicy { DeadLetterTargetArn = DeadLetterQueue.Arn, MaxReceiveCount = queue.MaxReceiveCount },
            }, ChildOptions(args.Protect));
        }

        Policy = new IamRolePolicy($"{name}-policy", new IamRolePolicyArgs
        {
            Name = AwsNameLimits.IamPolicy(nameof(args.FunctionName), $"{fn}-policy"),
            Role = Role.RoleName,
            Policy = new PolicyDocument([.. BaselineStatements(), .. args.Statements]),
        }, ChildOptions());

        Function = new LambdaFunction($"{name}-function", new LambdaFunctionArgs
        {
            FunctionName = fn,
            Role = Role.Arn,
            Runtime = args.Runtime,
            Handler = args.Handler,
            Architectures = [args.Architecture],
            MemorySize = args.MemoryMiB,
            Timeout = args.TimeoutSeconds,
            Package = new FileValue(PackagePath, FileKind.Archive),
            SourceCodeHash = new FileHash(PackagePath),
            Publish = true,
            ReservedConcurrentExecutions = args.ReservedConcurrency,
            Environment = args.Environment.Count == 0 ? null : new LambdaEnvironment { Variables = args.Environment },
            TracingConfig = new LambdaTracingConfig { Mode = "Active" },
            KmsKeyArn = args.Environment.Count == 0 ? null : args.KmsKeyArn,
        }, ChildOptions(dependsOn: [LogGroup, Policy]) with { Suppressions = args.FunctionSuppressions });

        // The engine creates the alias on the first published version and then never moves it: a later apply
        // that moved it would send 100% of traffic to the new version at once and the canary would never run.
        // Only the deploy step's CodeDeploy deployment shifts it.
        Alias = new LambdaAlias($"{name}-alias", new LambdaAliasArgs
        {
            Name = LiveAlias,
            FunctionName = Function.FunctionName,
            FunctionVersion = Function.Version,
            Description = "The version callers get; CodeDeploy shifts it during a deployment.",
        }, ChildOptions() with { IgnoreChanges = ["function_version", "routing_config"] });

        if (Queue is not null)
        {
            EventSourceMapping = new LambdaEventSourceMapping($"{name}-queue-mapping", new LambdaEventSourceMappingArgs
            {
                EventSourceArn = Queue.Arn,
                FunctionName = Alias.Arn,
                Enabled = true,
                BatchSize = args.Queue!.BatchSize,
                FunctionResponseTypes = ["ReportBatchItemFailures"],

                // The poller stops at this many concurrent invocations instead of being throttled: a throttled batch
                // returns to the queue, counts towards MaxReceiveCount and can reach the dead-letter queue unprocessed.
                ScalingConfig = args.Queue.MaximumConcurrency is { } maximum ? new LambdaEventSourceMappingScalingConfig { MaximumConcurrency = maximum } : null,
            }, ChildOptions(dependsOn: [Policy]));
        }

        Alarms = CreateAlarms(name, args);

        // Not one of the deployment's alarms: a message left in the dead-letter queue says an order failed, not that
        // the new version is bad, and it must not stop every later deployment until someone drains the queue.
        DeadLetterAlarm = args.Queue is { } source ? CreateDeadLetterAlarm(name, args, source) : null;
        DeploymentApp = new CodeDeployApp($"{name}-deploy-app", new CodeDeployAppArgs
        {
            Name = AwsNameLimits.Generic(nameof(args.FunctionName), fn, 100),
            ComputePlatform = "Lambda",
        }, ChildOptions());
        DeploymentRole = new IamRole($"{name}-deploy-role", new IamRoleArgs
        {
            Name = AwsNameLimits.IamRole(nameof(args.FunctionName), $"{fn}-deploy"),
            Description = $"Service role CodeDeploy assumes to shift the alias {LiveAlias} of {fn}.",
            Path = args.PermissionsBoundaryArn is null ? null : WorkloadBoundary.RolePath,
            PermissionsBoundary = args.PermissionsBoundaryArn is null ? null : (Input<string>)args.PermissionsBoundaryArn,
            AssumeRolePolicy = ServiceTrust("codedeploy.amazonaws.com", "Only CodeDeploy may assume its service role."),
        }, ChildOptions());
        var managed = new IamRolePolicyAttachment($"{name}-deploy-role-managed", new IamRolePolicyAttachmentArgs
        {
            Role = DeploymentRole.RoleName,
            PolicyArn = CodeDeployManagedPolicyArn,
            Reason = "CodeDeploy reads the alarms, reads and updates the alias during a Lambda deployment (AWS's limited policy for Lambda deployments, which grants no sns:Publish).",
        }, ChildOptions());
        var dependencies = new List<Resource> { managed };
        if (args.NotificationTopicArn is not null)
        {
            dependencies.Add(new IamRolePolicy($"{name}-deploy-role-notify", new IamRolePolicyArgs
            {
                Name = AwsNameLimits.IamPolicy(nameof(args.FunctionName), $"{fn}-deploy-notify"),
                Role = DeploymentRole.RoleName,
                Policy = new PolicyDocument([.. NotifyStatements(args)]),
            }, ChildOptions()));
        }

        DeploymentGroup = new CodeDeployDeploymentGroup($"{name}-deploy-group", new CodeDeployDeploymentGroupArgs
        {
            AppName = DeploymentApp.AppName,
            DeploymentGroupName = AwsNameLimits.Generic(nameof(args.FunctionName), $"{fn}-{LiveAlias}", 100),
            ServiceRoleArn = DeploymentRole.Arn,
            DeploymentConfigName = args.DeploymentConfigName,
            // Blue/green with traffic control: CodeDeploy shifts the alias between versions (the only style Lambda takes);
            // a failure or an alarm rolls the deployment back.
            DeploymentStyle = new CodeDeployDeploymentStyle { DeploymentOption = "WITH_TRAFFIC_CONTROL", DeploymentType = "BLUE_GREEN" },
            AutoRollbackConfiguration = new CodeDeployAutoRollbackConfiguration { Enabled = true, Events = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"] },
            AlarmConfiguration = new CodeDeployAlarmConfiguration { Enabled = true, Alarms = [.. Alarms.Select(a => (Input<string>)a.AlarmName)] },
            TriggerConfigurations = args.NotificationTopicArn is null ? null :
            [
                new CodeDeployTriggerConfiguration
                {
                    TriggerName = "deployment-events",
                    TriggerTargetArn = args.NotificationTopicArn,
                    TriggerEvents = ["DeploymentFailure", "DeploymentRollback", "DeploymentStop", "DeploymentSuccess"],
                },
            ],
        }, ChildOptions(dependsOn: dependencies));

        IEnumerable<PolicyStatement> BaselineStatements()
        {
            yield return new PolicyStatement
            {
                Sid = "WriteOwnLogs",
                Actions = ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resources = [Output.Format($"{LogGroup.Arn}:*")],
                Reason = "The function writes its logs to its own log group, and to no other.",
            };
            yield return new PolicyStatement
            {
                Sid = "WriteTraces",
                Actions = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                Resources = ["*"],
                Reason = "X-Ray tracing is on; these X-Ray actions support no resource-level permissions, so '*' is the narrowest form.",
            };
            if (args.KmsKeyArn is not null)
            {
                yield return new PolicyStatement
                {
                    Sid = "DecryptWithStackKey",
                    Actions = ["kms:Decrypt"],
                    Resources = [args.KmsKeyArn],
                    Reason = "The stack's key encrypts the function's environment variables, its queue's messages and the objects it reads; Lambda and the SDK decrypt them with the function's role.",
                };
            }

            if (Queue is not null)
            {
                yield return new PolicyStatement
                {
                    Sid = "ConsumeOwnQueue",
                    Actions = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"],
                    Resources = [Queue.Arn],
                    Reason = "The event source mapping polls the queue with the function's role: it receives batches, deletes the records that succeeded and reads the queue's attributes.",
                };
            }
        }
    }

    /// <summary>The arguments the service was built with, defaults filled in, for rules (LAMBDA-ENV reads the environment and the source folder).</summary>
    public LambdaServiceArgs Args { get; }

    /// <summary>The function's physical name: <see cref="LambdaServiceArgs.FunctionName"/>, or the service's name after the stack's naming.</summary>
    public string FunctionName { get; }

    /// <summary>The deployment package: <see cref="LambdaServiceArgs.PackagePath"/>, or <c>.build/lambda/&lt;service name&gt;.zip</c>.</summary>
    public RepositoryPath PackagePath { get; }

    /// <summary>The execution role.</summary>
    public IamRole Role { get; }

    /// <summary>The execution role's inline policy.</summary>
    public IamRolePolicy Policy { get; }

    /// <summary>The function's log group.</summary>
    public CloudWatchLogGroup LogGroup { get; }

    /// <summary>The function.</summary>
    public LambdaFunction Function { get; }

    /// <summary>The alias <c>live</c>: what API Gateway, the queue and every other invoker call.</summary>
    public LambdaAlias Alias { get; }

    /// <summary>The errors, throttles and duration alarms on the alias; CodeDeploy stops and rolls back on any of them.</summary>
    public IReadOnlyList<CloudWatchMetricAlarm> Alarms { get; }

    /// <summary>The alarm on messages waiting in the dead-letter queue, wired to the notification topic; null without a queue.</summary>
    public CloudWatchMetricAlarm? DeadLetterAlarm { get; }

    /// <summary>The CodeDeploy application (named after the function).</summary>
    public CodeDeployApp DeploymentApp { get; }

    /// <summary>The role CodeDeploy assumes.</summary>
    public IamRole DeploymentRole { get; }

    /// <summary>The deployment group the deploy step starts deployments in.</summary>
    public CodeDeployDeploymentGroup DeploymentGroup { get; }

    /// <summary>The queue that invokes the alias; null without <see cref="LambdaServiceArgs.Queue"/>.</summary>
    public SqsQueue? Queue { get; }

    /// <summary>The queue's dead-letter queue; null without a queue.</summary>
    public SqsQueue? DeadLetterQueue { get; }

    /// <summary>The mapping from the queue to the alias; null without a queue.</summary>
    public LambdaEventSourceMapping? EventSourceMapping { get; }

    private static PolicyDocument ServiceTrust(string service, string reason) => new(new PolicyStatement
    {
        Actions = ["sts:AssumeRole"],
        Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = [service] },
        Reason = reason,
    });

    private static IEnumerable<PolicyStatement> NotifyStatements(LambdaServiceArgs args)
    {
        yield return new PolicyStatement
        {
            Sid = "PublishDeploymentEvents",
            Actions = ["sns:Publish"],
            Resources = [args.NotificationTopicArn!],
            Reason = "The deployment group's trigger publishes deployment events to the stack's notification topic, and to no other.",
        };
        if (args.KmsKeyArn is not null)
        {
            yield return new PolicyStatement
            {
                Sid = "EncryptForTopic",
                Actions = ["kms:Decrypt", "kms:GenerateDataKey"],
                Resources = [args.KmsKeyArn],
                Reason = "The notification topic is encrypted with the stack's key: a publisher needs a data key to send to it (SNS calls GenerateDataKey and Decrypt, no other form).",
            };
        }
    }

    private static void Validate(LambdaServiceArgs args, string functionName)
    {
        AwsNameLimits.LambdaFunction(nameof(args.FunctionName), functionName);
        if (args.MemoryMiB is < 128 or > 10240)
        {
            throw new ArgumentException($"MemoryMiB is {args.MemoryMiB}, but Lambda accepts 128-10240 MiB: choose a value in that range.", nameof(args));
        }

        if (args.TimeoutSeconds is < 1 or > 900)
        {
            throw new ArgumentException($"TimeoutSeconds is {args.TimeoutSeconds}, but Lambda accepts 1-900 seconds: choose a value in that range (longer work belongs in Step Functions or a queue).", nameof(args));
        }

        if (args.ReservedConcurrency is < 0)
        {
            throw new ArgumentException($"ReservedConcurrency is {args.ReservedConcurrency}: give 0 (stops the function) or more, or leave it unset to use the account's unreserved pool.", nameof(args));
        }

        if (args.LogRetentionDays <= 0)
        {
            throw new ArgumentException($"LogRetentionDays is {args.LogRetentionDays}: give a positive number of days (e.g. 14) so logs do not grow forever.", nameof(args));
        }

        if (!args.DeploymentConfigName.StartsWith("CodeDeployDefault.Lambda", StringComparison.Ordinal))
        {
            throw new ArgumentException($"DeploymentConfigName is '{args.DeploymentConfigName}', which is not a Lambda deployment config: use CodeDeployDefault.LambdaAllAtOnce, CodeDeployDefault.LambdaLinear10PercentEvery1Minute or CodeDeployDefault.LambdaCanary10Percent5Minutes (config bbws:deploymentConfig).", nameof(args));
        }

        if (args.DurationAlarmShareOfTimeout is <= 0 or > 1)
        {
            throw new ArgumentException($"DurationAlarmShareOfTimeout is {args.DurationAlarmShareOfTimeout}: give a share of the timeout between 0 and 1 (e.g. 0.8).", nameof(args));
        }

        if (args.Queue is { } queue)
        {
            if (queue.BatchSize is < 1 or > 10)
            {
                throw new ArgumentException($"Queue.BatchSize is {queue.BatchSize}, but SQS without a batching window delivers 1-10 messages: choose a value in that range.", nameof(args));
            }

            if (queue.DeadLetterRetentionDays is < 1 or > 14)
            {
                throw new ArgumentException($"Queue.DeadLetterRetentionDays is {queue.DeadLetterRetentionDays}, but SQS keeps messages 1-14 days: choose a value in that range.", nameof(args));
            }

            if (queue.MaximumConcurrency is < 2 or > 1000)
            {
                throw new ArgumentException($"Queue.MaximumConcurrency is {queue.MaximumConcurrency}, but an SQS event source accepts 2-1000: choose a value in that range, below the account's concurrency quota.", nameof(args));
            }

            if (queue.MaxReceiveCount is < 1 or > 1000)
            {
                throw new ArgumentException($"Queue.MaxReceiveCount is {queue.MaxReceiveCount}, but SQS accepts 1-1000: choose e.g. 5.", nameof(args));
            }
        }

        if (args.Source is { } source && !SourceFolderExists(source.FullPath))
        {
            throw new ArgumentException($"Source is '{source.Folder}', which does not exist: point it at the function's handler folder (e.g. infra/Handlers/order_processor).", nameof(args));
        }
    }

    // Many services share a handler folder, and each stack builds them all: a folder found once is not asked for again
    // (a file-system call per service was a tenth of building a stack of a thousand). A missing one is asked each time.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> ExistingSourceFolders = new(StringComparer.Ordinal);

    private static bool SourceFolderExists(string path)
    {
        if (ExistingSourceFolders.ContainsKey(path))
        {
            return true;
        }

        if (!Directory.Exists(path))
        {
            return false;
        }

        ExistingSourceFolders.TryAdd(path, true);
        return true;
    }
}
