using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// A Lambda function with everything it needs to run: an execution role whose every permission carries its
/// reason, the <c>/aws/lambda/&lt;function&gt;</c> log group created before the function, and the function itself
/// (X-Ray tracing on, a new version published on every change, the package hash evaluated at plan time).
/// </summary>
public sealed class LambdaService : ComponentResource
{
    /// <summary>Builds the service; throws when an argument is outside AWS's limits.</summary>
    public LambdaService(string name, LambdaServiceArgs args, ResourceOptions? options = null)
        : base("bbws:lambda:LambdaService", name, options)
    {
        Validate(args);
        Role = new IamRole($"{name}-role", new IamRoleArgs
        {
            Name = AwsNameLimits.IamRole(nameof(args.FunctionName), $"{args.FunctionName}-role"),
            Description = $"Execution role of the Lambda function {args.FunctionName}.",
            AssumeRolePolicy = new PolicyDocument(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["lambda.amazonaws.com"] },
                Reason = "Only the Lambda service may assume a function's execution role.",
            }),
        }, ChildOptions());

        // The log group exists before the function: otherwise the first invocation creates it without
        // retention or encryption, and Terraform then fails to create it ("already exists").
        LogGroup = new CloudWatchLogGroup($"{name}-logs", new CloudWatchLogGroupArgs
        {
            Name = $"/aws/lambda/{args.FunctionName}",
            RetentionInDays = args.LogRetentionDays,
            KmsKeyId = args.KmsKeyArn,
        }, ChildOptions(args.Protect));

        Policy = new IamRolePolicy($"{name}-policy", new IamRolePolicyArgs
        {
            Name = AwsNameLimits.IamPolicy(nameof(args.FunctionName), $"{args.FunctionName}-policy"),
            Role = Role.RoleName,
            Policy = new PolicyDocument([.. BaselineStatements(), .. args.Statements]),
        }, ChildOptions());

        Function = new LambdaFunction($"{name}-function", new LambdaFunctionArgs
        {
            FunctionName = args.FunctionName,
            Role = Role.Arn,
            Runtime = args.Runtime,
            Handler = args.Handler,
            Architectures = [args.Architecture],
            MemorySize = args.MemoryMiB,
            Timeout = args.TimeoutSeconds,
            Package = new FileValue(args.PackagePath, FileKind.Archive),
            SourceCodeHash = new FileHash(args.PackagePath),
            Publish = true,
            ReservedConcurrentExecutions = args.ReservedConcurrency,
            Environment = args.Environment.Count == 0 ? null : new LambdaEnvironment { Variables = args.Environment },
            TracingConfig = new LambdaTracingConfig { Mode = "Active" },
            KmsKeyArn = args.Environment.Count == 0 ? null : args.KmsKeyArn,
        }, ChildOptions(dependsOn: [LogGroup, Policy]));

        IEnumerable<PolicyStatement> BaselineStatements() =>
        [
            new PolicyStatement
            {
                Sid = "WriteOwnLogs",
                Actions = ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resources = [Output.Format($"{LogGroup.Arn}:*")],
                Reason = "The function writes its logs to its own log group, and to no other.",
            },
            new PolicyStatement
            {
                Sid = "WriteTraces",
                Actions = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                Resources = ["*"],
                Reason = "X-Ray tracing is on; these X-Ray actions support no resource-level permissions, so '*' is the narrowest form.",
            },
        ];
    }

    /// <summary>The execution role.</summary>
    public IamRole Role { get; }

    /// <summary>The execution role's inline policy.</summary>
    public IamRolePolicy Policy { get; }

    /// <summary>The function's log group.</summary>
    public CloudWatchLogGroup LogGroup { get; }

    /// <summary>The function.</summary>
    public LambdaFunction Function { get; }

    private static void Validate(LambdaServiceArgs args)
    {
        AwsNameLimits.LambdaFunction(nameof(args.FunctionName), args.FunctionName);
        if (args.MemoryMiB is < 128 or > 10240)
        {
            throw new ArgumentException($"MemoryMiB is {args.MemoryMiB}, but Lambda accepts 128-10240 MiB: choose a value in that range.", nameof(args));
        }

        if (args.TimeoutSeconds is < 1 or > 900)
        {
            throw new ArgumentException($"TimeoutSeconds is {args.TimeoutSeconds}, but Lambda accepts 1-900 seconds: choose a value in that range (longer work belongs in Step Functions or a queue).", nameof(args));
        }

        if (args.LogRetentionDays <= 0)
        {
            throw new ArgumentException($"LogRetentionDays is {args.LogRetentionDays}: give a positive number of days (e.g. 14) so logs do not grow forever.", nameof(args));
        }
    }
}
