// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_lambda_function) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A Lambda function (<c>aws_lambda_function</c>).</summary>
public sealed class LambdaFunction : CustomResource<LambdaFunctionArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public LambdaFunction(string name, LambdaFunctionArgs args, ResourceOptions? options = null)
        : base("aws_lambda_function", "aws:lambda/function:Function", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>code_sha256</c> attribute.</summary>
    public Output<string> CodeSha256 => Attribute("code_sha256");

    /// <summary>The <c>function_name</c> attribute.</summary>
    public Output<string> FunctionName => Attribute("function_name", "name");

    /// <summary>The <c>invoke_arn</c> attribute.</summary>
    public Output<string> InvokeArn => Attribute("invoke_arn");

    /// <summary>The <c>last_modified</c> attribute.</summary>
    public Output<string> LastModified => Attribute("last_modified");

    /// <summary>The <c>qualified_arn</c> attribute.</summary>
    public Output<string> QualifiedArn => Attribute("qualified_arn");

    /// <summary>The <c>qualified_invoke_arn</c> attribute.</summary>
    public Output<string> QualifiedInvokeArn => Attribute("qualified_invoke_arn");

    /// <summary>The <c>signing_job_arn</c> attribute.</summary>
    public Output<string> SigningJobArn => Attribute("signing_job_arn");

    /// <summary>The <c>signing_profile_version_arn</c> attribute.</summary>
    public Output<string> SigningProfileVersionArn => Attribute("signing_profile_version_arn");

    /// <summary>The <c>version</c> attribute.</summary>
    public Output<string> Version => Attribute("version");
}

/// <summary>Inputs of <see cref="LambdaFunction"/>.</summary>
public sealed partial record LambdaFunctionArgs
{
    /// <summary>The instruction set: <c>x86_64</c> or <c>arm64</c>.</summary>
    [Input("architectures")]
    public IReadOnlyList<string>? Architectures { get; init; }

    /// <summary>The <c>capacity_provider_config</c> block.</summary>
    [Input("capacity_provider_config")]
    public LambdaFunctionCapacityProviderConfig? CapacityProviderConfig { get; init; }

    /// <summary>The <c>code_signing_config_arn</c> argument.</summary>
    [Input("code_signing_config_arn")]
    public Input<string>? CodeSigningConfigArn { get; init; }

    /// <summary>Where failed asynchronous invocations go.</summary>
    [Input("dead_letter_config")]
    public LambdaDeadLetterConfig? DeadLetterConfig { get; init; }

    /// <summary>The <c>description</c> argument.</summary>
    [Input("description")]
    public Input<string>? Description { get; init; }

    /// <summary>The <c>durable_config</c> block.</summary>
    [Input("durable_config")]
    public LambdaFunctionDurableConfig? DurableConfig { get; init; }

    /// <summary>Environment variables.</summary>
    [Input("environment")]
    public LambdaEnvironment? Environment { get; init; }

    /// <summary>The <c>ephemeral_storage</c> block.</summary>
    [Input("ephemeral_storage")]
    public LambdaFunctionEphemeralStorage? EphemeralStorage { get; init; }

    /// <summary>The <c>file_system_config</c> block.</summary>
    [Input("file_system_config")]
    public LambdaFunctionFileSystemConfig? FileSystemConfig { get; init; }

    /// <summary>The deployment package (a zip built once and promoted unchanged).</summary>
    [Input("filename", Pulumi = "code")]
    public required FileValue Package { get; init; }

    /// <summary>The function name (at most 64 characters).</summary>
    [Input("function_name", Pulumi = "name")]
    public required string FunctionName { get; init; }

    /// <summary>The entry point, e.g. <c>handler.lambda_handler</c>.</summary>
    [Input("handler")]
    public required string Handler { get; init; }

    /// <summary>The <c>image_config</c> block.</summary>
    [Input("image_config")]
    public LambdaFunctionImageConfig? ImageConfig { get; init; }

    /// <summary>The <c>image_uri</c> argument.</summary>
    [Input("image_uri")]
    public Input<string>? ImageUri { get; init; }

    /// <summary>The KMS key that encrypts the environment variables.</summary>
    [Input("kms_key_arn")]
    public Input<string>? KmsKeyArn { get; init; }

    /// <summary>The <c>layers</c> argument.</summary>
    [Input("layers")]
    public IReadOnlyList<string>? Layers { get; init; }

    /// <summary>The <c>logging_config</c> block.</summary>
    [Input("logging_config")]
    public LambdaFunctionLoggingConfig? LoggingConfig { get; init; }

    /// <summary>Memory in MiB.</summary>
    [Input("memory_size")]
    public int? MemorySize { get; init; }

    /// <summary>The <c>package_type</c> argument.</summary>
    [Input("package_type")]
    public Input<string>? PackageType { get; init; }

    /// <summary>Publish a new version on every code or configuration change.</summary>
    [Input("publish")]
    public bool? Publish { get; init; }

    /// <summary>The <c>publish_to</c> argument.</summary>
    [Input("publish_to")]
    public Input<string>? PublishTo { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>replace_security_groups_on_destroy</c> argument.</summary>
    [Input("replace_security_groups_on_destroy")]
    public bool? ReplaceSecurityGroupsOnDestroy { get; init; }

    /// <summary>The <c>replacement_security_group_ids</c> argument.</summary>
    [Input("replacement_security_group_ids")]
    public IReadOnlyList<string>? ReplacementSecurityGroupIds { get; init; }

    /// <summary>Concurrency reserved for the function; none by default.</summary>
    [Input("reserved_concurrent_executions")]
    public int? ReservedConcurrentExecutions { get; init; }

    /// <summary>The execution role's ARN.</summary>
    [Input("role")]
    public required Input<string> Role { get; init; }

    /// <summary>The runtime, e.g. <c>python3.12</c>.</summary>
    [Input("runtime")]
    public required string Runtime { get; init; }

    /// <summary>The <c>s3_bucket</c> argument.</summary>
    [Input("s3_bucket")]
    public Input<string>? S3Bucket { get; init; }

    /// <summary>The <c>s3_key</c> argument.</summary>
    [Input("s3_key")]
    public Input<string>? S3Key { get; init; }

    /// <summary>The <c>s3_object_version</c> argument.</summary>
    [Input("s3_object_version")]
    public Input<string>? S3ObjectVersion { get; init; }

    /// <summary>The <c>skip_destroy</c> argument.</summary>
    [Input("skip_destroy")]
    public bool? SkipDestroy { get; init; }

    /// <summary>The <c>snap_start</c> block.</summary>
    [Input("snap_start")]
    public LambdaFunctionSnapStart? SnapStart { get; init; }

    /// <summary>The package's hash, evaluated by Terraform at plan time; Pulumi hashes the archive itself.</summary>
    [Input("source_code_hash", TerraformOnly = true)]
    public Expression? SourceCodeHash { get; init; }

    /// <summary>The <c>source_kms_key_arn</c> argument.</summary>
    [Input("source_kms_key_arn")]
    public Input<string>? SourceKmsKeyArn { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>tenancy_config</c> block.</summary>
    [Input("tenancy_config")]
    public LambdaFunctionTenancyConfig? TenancyConfig { get; init; }

    /// <summary>Timeout in seconds.</summary>
    [Input("timeout")]
    public int? Timeout { get; init; }

    /// <summary>The <c>timeouts</c> block.</summary>
    [Input("timeouts", TerraformOnly = true)]
    public LambdaFunctionTimeouts? Timeouts { get; init; }

    /// <summary>X-Ray tracing.</summary>
    [Input("tracing_config")]
    public LambdaTracingConfig? TracingConfig { get; init; }

    /// <summary>The <c>vpc_config</c> block.</summary>
    [Input("vpc_config")]
    public LambdaFunctionVpcConfig? VpcConfig { get; init; }
}

/// <summary>A <c>lambda_managed_instances_capacity_provider_config</c> block.</summary>
public sealed partial record LambdaFunctionCapacityProviderConfigLambdaManagedInstancesCapacityProviderConfig
{
    /// <summary>The <c>capacity_provider_arn</c> argument.</summary>
    [Input("capacity_provider_arn")]
    public required Input<string> CapacityProviderArn { get; init; }

    /// <summary>The <c>execution_environment_memory_gib_per_vcpu</c> argument.</summary>
    [Input("execution_environment_memory_gib_per_vcpu")]
    public int? ExecutionEnvironmentMemoryGibPerVcpu { get; init; }

    /// <summary>The <c>per_execution_environment_max_concurrency</c> argument.</summary>
    [Input("per_execution_environment_max_concurrency")]
    public int? PerExecutionEnvironmentMaxConcurrency { get; init; }
}

/// <summary>A <c>capacity_provider_config</c> block.</summary>
public sealed partial record LambdaFunctionCapacityProviderConfig
{
    /// <summary>The <c>lambda_managed_instances_capacity_provider_config</c> block.</summary>
    [Input("lambda_managed_instances_capacity_provider_config")]
    public required LambdaFunctionCapacityProviderConfigLambdaManagedInstancesCapacityProviderConfig LambdaManagedInstancesCapacityProviderConfig { get; init; }
}

/// <summary>Where failed asynchronous invocations go.</summary>
public sealed partial record LambdaDeadLetterConfig
{
    /// <summary>The SQS queue or SNS topic ARN.</summary>
    [Input("target_arn")]
    public required Input<string> TargetArn { get; init; }
}

/// <summary>A <c>durable_config</c> block.</summary>
public sealed partial record LambdaFunctionDurableConfig
{
    /// <summary>The <c>execution_timeout</c> argument.</summary>
    [Input("execution_timeout")]
    public required int ExecutionTimeout { get; init; }

    /// <summary>The <c>retention_period</c> argument.</summary>
    [Input("retention_period")]
    public int? RetentionPeriod { get; init; }
}

/// <summary>Environment variables.</summary>
public sealed partial record LambdaEnvironment
{
    /// <summary>The variables, by name.</summary>
    [Input("variables")]
    public required IReadOnlyDictionary<string, Input<string>> Variables { get; init; }
}

/// <summary>A <c>ephemeral_storage</c> block.</summary>
public sealed partial record LambdaFunctionEphemeralStorage
{
    /// <summary>The <c>size</c> argument.</summary>
    [Input("size")]
    public int? Size { get; init; }
}

/// <summary>A <c>file_system_config</c> block.</summary>
public sealed partial record LambdaFunctionFileSystemConfig
{
    /// <summary>The <c>arn</c> argument.</summary>
    [Input("arn")]
    public required Input<string> Arn { get; init; }

    /// <summary>The <c>local_mount_path</c> argument.</summary>
    [Input("local_mount_path")]
    public required Input<string> LocalMountPath { get; init; }
}

/// <summary>A <c>image_config</c> block.</summary>
public sealed partial record LambdaFunctionImageConfig
{
    /// <summary>The <c>command</c> argument.</summary>
    [Input("command", Pulumi = "commands")]
    public IReadOnlyList<string>? Commands { get; init; }

    /// <summary>The <c>entry_point</c> argument.</summary>
    [Input("entry_point", Pulumi = "entryPoints")]
    public IReadOnlyList<string>? EntryPoints { get; init; }

    /// <summary>The <c>working_directory</c> argument.</summary>
    [Input("working_directory")]
    public Input<string>? WorkingDirectory { get; init; }
}

/// <summary>A <c>logging_config</c> block.</summary>
public sealed partial record LambdaFunctionLoggingConfig
{
    /// <summary>The <c>application_log_level</c> argument.</summary>
    [Input("application_log_level")]
    public Input<string>? ApplicationLogLevel { get; init; }

    /// <summary>The <c>log_format</c> argument.</summary>
    [Input("log_format")]
    public required Input<string> LogFormat { get; init; }

    /// <summary>The <c>log_group</c> argument.</summary>
    [Input("log_group")]
    public Input<string>? LogGroup { get; init; }

    /// <summary>The <c>system_log_level</c> argument.</summary>
    [Input("system_log_level")]
    public Input<string>? SystemLogLevel { get; init; }
}

/// <summary>A <c>snap_start</c> block.</summary>
public sealed partial record LambdaFunctionSnapStart
{
    /// <summary>The <c>apply_on</c> argument.</summary>
    [Input("apply_on")]
    public required Input<string> ApplyOn { get; init; }
}

/// <summary>A <c>tenancy_config</c> block.</summary>
public sealed partial record LambdaFunctionTenancyConfig
{
    /// <summary>The <c>tenant_isolation_mode</c> argument.</summary>
    [Input("tenant_isolation_mode")]
    public required Input<string> TenantIsolationMode { get; init; }
}

/// <summary>A <c>timeouts</c> block.</summary>
public sealed partial record LambdaFunctionTimeouts
{
    /// <summary>The <c>create</c> argument.</summary>
    [Input("create", TerraformOnly = true)]
    public Input<string>? Create { get; init; }

    /// <summary>The <c>delete</c> argument.</summary>
    [Input("delete", TerraformOnly = true)]
    public Input<string>? Delete { get; init; }

    /// <summary>The <c>update</c> argument.</summary>
    [Input("update", TerraformOnly = true)]
    public Input<string>? Update { get; init; }
}

/// <summary>X-Ray tracing.</summary>
public sealed partial record LambdaTracingConfig
{
    /// <summary><c>Active</c> (sample and trace) or <c>PassThrough</c>.</summary>
    [Input("mode")]
    public required string Mode { get; init; }
}

/// <summary>A <c>vpc_config</c> block.</summary>
public sealed partial record LambdaFunctionVpcConfig
{
    /// <summary>The <c>ipv6_allowed_for_dual_stack</c> argument.</summary>
    [Input("ipv6_allowed_for_dual_stack")]
    public bool? Ipv6AllowedForDualStack { get; init; }

    /// <summary>The <c>security_group_ids</c> argument.</summary>
    [Input("security_group_ids")]
    public required IReadOnlyList<string> SecurityGroupIds { get; init; }

    /// <summary>The <c>subnet_ids</c> argument.</summary>
    [Input("subnet_ids")]
    public required IReadOnlyList<string> SubnetIds { get; init; }
}
