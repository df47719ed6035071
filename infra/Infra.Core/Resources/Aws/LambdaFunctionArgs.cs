using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="LambdaFunction"/>.</summary>
public sealed record LambdaFunctionArgs
{
    /// <summary>The function name (at most 64 characters).</summary>
    [Input("function_name", Pulumi = "name")]
    public required string FunctionName { get; init; }

    /// <summary>The execution role's ARN.</summary>
    [Input("role")]
    public required Input<string> Role { get; init; }

    /// <summary>The runtime, e.g. <c>python3.12</c>.</summary>
    [Input("runtime")]
    public required string Runtime { get; init; }

    /// <summary>The entry point, e.g. <c>handler.lambda_handler</c>.</summary>
    [Input("handler")]
    public required string Handler { get; init; }

    /// <summary>The instruction set: <c>x86_64</c> or <c>arm64</c>.</summary>
    [Input("architectures")]
    public IReadOnlyList<string>? Architectures { get; init; }

    /// <summary>Memory in MiB.</summary>
    [Input("memory_size")]
    public int MemorySize { get; init; }

    /// <summary>Timeout in seconds.</summary>
    [Input("timeout")]
    public int Timeout { get; init; }

    /// <summary>The deployment package (a zip built once and promoted unchanged).</summary>
    [Input("filename", Pulumi = "code")]
    public required FileValue Package { get; init; }

    /// <summary>The package's hash, evaluated by Terraform at plan time; Pulumi hashes the archive itself.</summary>
    [Input("source_code_hash", TerraformOnly = true)]
    public Expression? SourceCodeHash { get; init; }

    /// <summary>Publish a new version on every code or configuration change.</summary>
    [Input("publish")]
    public bool Publish { get; init; }

    /// <summary>Concurrency reserved for the function; none by default.</summary>
    [Input("reserved_concurrent_executions")]
    public int? ReservedConcurrentExecutions { get; init; }

    /// <summary>Environment variables.</summary>
    [Input("environment")]
    public LambdaEnvironment? Environment { get; init; }

    /// <summary>X-Ray tracing.</summary>
    [Input("tracing_config")]
    public LambdaTracingConfig? TracingConfig { get; init; }

    /// <summary>The KMS key that encrypts the environment variables.</summary>
    [Input("kms_key_arn")]
    public Input<string>? KmsKeyArn { get; init; }

    /// <summary>Where failed asynchronous invocations go.</summary>
    [Input("dead_letter_config")]
    public LambdaDeadLetterConfig? DeadLetterConfig { get; init; }
}
