// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_lambda_event_source_mapping) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A Lambda event source mapping (<c>aws_lambda_event_source_mapping</c>).</summary>
public sealed class LambdaEventSourceMapping : CustomResource<LambdaEventSourceMappingArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public LambdaEventSourceMapping(string name, LambdaEventSourceMappingArgs args, ResourceOptions? options = null)
        : base("aws_lambda_event_source_mapping", "aws:lambda/eventSourceMapping:EventSourceMapping", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>function_arn</c> attribute.</summary>
    public Output<string> FunctionArn => Attribute("function_arn");

    /// <summary>The <c>last_modified</c> attribute.</summary>
    public Output<string> LastModified => Attribute("last_modified");

    /// <summary>The <c>last_processing_result</c> attribute.</summary>
    public Output<string> LastProcessingResult => Attribute("last_processing_result");

    /// <summary>The <c>state</c> attribute.</summary>
    public Output<string> State => Attribute("state");

    /// <summary>The <c>state_transition_reason</c> attribute.</summary>
    public Output<string> StateTransitionReason => Attribute("state_transition_reason");

    /// <summary>The <c>uuid</c> attribute.</summary>
    public Output<string> Uuid => Attribute("uuid");
}

/// <summary>Inputs of <see cref="LambdaEventSourceMapping"/>.</summary>
public sealed partial record LambdaEventSourceMappingArgs
{
    /// <summary>The <c>amazon_managed_kafka_event_source_config</c> block.</summary>
    [Input("amazon_managed_kafka_event_source_config")]
    public LambdaEventSourceMappingAmazonManagedKafkaEventSourceConfig? AmazonManagedKafkaEventSourceConfig { get; init; }

    /// <summary>Records per invocation.</summary>
    [Input("batch_size")]
    public int? BatchSize { get; init; }

    /// <summary>The <c>bisect_batch_on_function_error</c> argument.</summary>
    [Input("bisect_batch_on_function_error")]
    public bool? BisectBatchOnFunctionError { get; init; }

    /// <summary>The <c>destination_config</c> block.</summary>
    [Input("destination_config")]
    public LambdaEventSourceMappingDestinationConfig? DestinationConfig { get; init; }

    /// <summary>The <c>document_db_event_source_config</c> block.</summary>
    [Input("document_db_event_source_config")]
    public LambdaEventSourceMappingDocumentDbEventSourceConfig? DocumentDbEventSourceConfig { get; init; }

    /// <summary>False pauses the mapping; true when unset.</summary>
    [Input("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>The queue (or stream) ARN.</summary>
    [Input("event_source_arn")]
    public required Input<string> EventSourceArn { get; init; }

    /// <summary>The <c>filter_criteria</c> block.</summary>
    [Input("filter_criteria")]
    public LambdaEventSourceMappingFilterCriteria? FilterCriteria { get; init; }

    /// <summary>The function, by a qualified ARN so that the alias receives the events.</summary>
    [Input("function_name")]
    public required Input<string> FunctionName { get; init; }

    /// <summary><c>ReportBatchItemFailures</c>: only the failed records of a batch are retried.</summary>
    [Input("function_response_types")]
    public IReadOnlyList<string>? FunctionResponseTypes { get; init; }

    /// <summary>The <c>kms_key_arn</c> argument.</summary>
    [Input("kms_key_arn")]
    public Input<string>? KmsKeyArn { get; init; }

    /// <summary>How long to gather records before invoking.</summary>
    [Input("maximum_batching_window_in_seconds")]
    public int? MaximumBatchingWindowInSeconds { get; init; }

    /// <summary>The <c>maximum_record_age_in_seconds</c> argument.</summary>
    [Input("maximum_record_age_in_seconds")]
    public int? MaximumRecordAgeInSeconds { get; init; }

    /// <summary>The <c>maximum_retry_attempts</c> argument.</summary>
    [Input("maximum_retry_attempts")]
    public int? MaximumRetryAttempts { get; init; }

    /// <summary>The <c>metrics_config</c> block.</summary>
    [Input("metrics_config")]
    public LambdaEventSourceMappingMetricsConfig? MetricsConfig { get; init; }

    /// <summary>The <c>parallelization_factor</c> argument.</summary>
    [Input("parallelization_factor")]
    public int? ParallelizationFactor { get; init; }

    /// <summary>The <c>provisioned_poller_config</c> block.</summary>
    [Input("provisioned_poller_config")]
    public LambdaEventSourceMappingProvisionedPollerConfig? ProvisionedPollerConfig { get; init; }

    /// <summary>The <c>queues</c> argument.</summary>
    [Input("queues")]
    public IReadOnlyList<string>? Queues { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>scaling_config</c> block.</summary>
    [Input("scaling_config")]
    public LambdaEventSourceMappingScalingConfig? ScalingConfig { get; init; }

    /// <summary>The <c>self_managed_event_source</c> block.</summary>
    [Input("self_managed_event_source")]
    public LambdaEventSourceMappingSelfManagedEventSource? SelfManagedEventSource { get; init; }

    /// <summary>The <c>self_managed_kafka_event_source_config</c> block.</summary>
    [Input("self_managed_kafka_event_source_config")]
    public LambdaEventSourceMappingSelfManagedKafkaEventSourceConfig? SelfManagedKafkaEventSourceConfig { get; init; }

    /// <summary>The <c>source_access_configuration</c> blocks.</summary>
    [Input("source_access_configuration", Pulumi = "sourceAccessConfigurations")]
    public IReadOnlyList<LambdaEventSourceMappingSourceAccessConfiguration>? SourceAccessConfigurations { get; init; }

    /// <summary>The <c>starting_position</c> argument.</summary>
    [Input("starting_position")]
    public Input<string>? StartingPosition { get; init; }

    /// <summary>The <c>starting_position_timestamp</c> argument.</summary>
    [Input("starting_position_timestamp")]
    public Input<string>? StartingPositionTimestamp { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>topics</c> argument.</summary>
    [Input("topics")]
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>The <c>tumbling_window_in_seconds</c> argument.</summary>
    [Input("tumbling_window_in_seconds")]
    public int? TumblingWindowInSeconds { get; init; }
}

/// <summary>A <c>access_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingAmazonManagedKafkaEventSourceConfigSchemaRegistryConfigAccessConfig
{
    /// <summary>The <c>type</c> argument.</summary>
    [Input("type")]
    public Input<string>? Type { get; init; }

    /// <summary>The <c>uri</c> argument.</summary>
    [Input("uri")]
    public Input<string>? Uri { get; init; }
}

/// <summary>A <c>schema_validation_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingAmazonManagedKafkaEventSourceConfigSchemaRegistryConfigSchemaValidationConfig
{
    /// <summary>The <c>attribute</c> argument.</summary>
    [Input("attribute")]
    public Input<string>? Attribute { get; init; }
}

/// <summary>A <c>schema_registry_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingAmazonManagedKafkaEventSourceConfigSchemaRegistryConfig
{
    /// <summary>The <c>access_config</c> blocks.</summary>
    [Input("access_config", Pulumi = "accessConfigs")]
    public IReadOnlyList<LambdaEventSourceMappingAmazonManagedKafkaEventSourceConfigSchemaRegistryConfigAccessConfig>? AccessConfigs { get; init; }

    /// <summary>The <c>event_record_format</c> argument.</summary>
    [Input("event_record_format")]
    public Input<string>? EventRecordFormat { get; init; }

    /// <summary>The <c>schema_registry_uri</c> argument.</summary>
    [Input("schema_registry_uri")]
    public Input<string>? SchemaRegistryUri { get; init; }

    /// <summary>The <c>schema_validation_config</c> blocks.</summary>
    [Input("schema_validation_config", Pulumi = "schemaValidationConfigs")]
    public IReadOnlyList<LambdaEventSourceMappingAmazonManagedKafkaEventSourceConfigSchemaRegistryConfigSchemaValidationConfig>? SchemaValidationConfigs { get; init; }
}

/// <summary>A <c>amazon_managed_kafka_event_source_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingAmazonManagedKafkaEventSourceConfig
{
    /// <summary>The <c>consumer_group_id</c> argument.</summary>
    [Input("consumer_group_id")]
    public Input<string>? ConsumerGroupId { get; init; }

    /// <summary>The <c>schema_registry_config</c> block.</summary>
    [Input("schema_registry_config")]
    public LambdaEventSourceMappingAmazonManagedKafkaEventSourceConfigSchemaRegistryConfig? SchemaRegistryConfig { get; init; }
}

/// <summary>A <c>on_failure</c> block.</summary>
public sealed partial record LambdaEventSourceMappingDestinationConfigOnFailure
{
    /// <summary>The <c>destination_arn</c> argument.</summary>
    [Input("destination_arn")]
    public required Input<string> DestinationArn { get; init; }
}

/// <summary>A <c>destination_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingDestinationConfig
{
    /// <summary>The <c>on_failure</c> block.</summary>
    [Input("on_failure")]
    public LambdaEventSourceMappingDestinationConfigOnFailure? OnFailure { get; init; }
}

/// <summary>A <c>document_db_event_source_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingDocumentDbEventSourceConfig
{
    /// <summary>The <c>collection_name</c> argument.</summary>
    [Input("collection_name")]
    public Input<string>? CollectionName { get; init; }

    /// <summary>The <c>database_name</c> argument.</summary>
    [Input("database_name")]
    public required Input<string> DatabaseName { get; init; }

    /// <summary>The <c>full_document</c> argument.</summary>
    [Input("full_document")]
    public Input<string>? FullDocument { get; init; }
}

/// <summary>A <c>filter</c> block.</summary>
public sealed partial record LambdaEventSourceMappingFilterCriteriaFilter
{
    /// <summary>The <c>pattern</c> argument.</summary>
    [Input("pattern")]
    public Input<string>? Pattern { get; init; }
}

/// <summary>A <c>filter_criteria</c> block.</summary>
public sealed partial record LambdaEventSourceMappingFilterCriteria
{
    /// <summary>The <c>filter</c> blocks.</summary>
    [Input("filter", Pulumi = "filters")]
    public IReadOnlyList<LambdaEventSourceMappingFilterCriteriaFilter>? Filters { get; init; }
}

/// <summary>A <c>metrics_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingMetricsConfig
{
    /// <summary>The <c>metrics</c> argument.</summary>
    [Input("metrics")]
    public required IReadOnlyList<string> Metrics { get; init; }
}

/// <summary>A <c>provisioned_poller_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingProvisionedPollerConfig
{
    /// <summary>The <c>maximum_pollers</c> argument.</summary>
    [Input("maximum_pollers")]
    public int? MaximumPollers { get; init; }

    /// <summary>The <c>minimum_pollers</c> argument.</summary>
    [Input("minimum_pollers")]
    public int? MinimumPollers { get; init; }
}

/// <summary>A <c>scaling_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingScalingConfig
{
    /// <summary>The <c>maximum_concurrency</c> argument.</summary>
    [Input("maximum_concurrency")]
    public int? MaximumConcurrency { get; init; }
}

/// <summary>A <c>self_managed_event_source</c> block.</summary>
public sealed partial record LambdaEventSourceMappingSelfManagedEventSource
{
    /// <summary>The <c>endpoints</c> argument.</summary>
    [Input("endpoints")]
    public required IReadOnlyDictionary<string, string> Endpoints { get; init; }
}

/// <summary>A <c>access_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingSelfManagedKafkaEventSourceConfigSchemaRegistryConfigAccessConfig
{
    /// <summary>The <c>type</c> argument.</summary>
    [Input("type")]
    public Input<string>? Type { get; init; }

    /// <summary>The <c>uri</c> argument.</summary>
    [Input("uri")]
    public Input<string>? Uri { get; init; }
}

/// <summary>A <c>schema_validation_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingSelfManagedKafkaEventSourceConfigSchemaRegistryConfigSchemaValidationConfig
{
    /// <summary>The <c>attribute</c> argument.</summary>
    [Input("attribute")]
    public Input<string>? Attribute { get; init; }
}

/// <summary>A <c>schema_registry_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingSelfManagedKafkaEventSourceConfigSchemaRegistryConfig
{
    /// <summary>The <c>access_config</c> blocks.</summary>
    [Input("access_config", Pulumi = "accessConfigs")]
    public IReadOnlyList<LambdaEventSourceMappingSelfManagedKafkaEventSourceConfigSchemaRegistryConfigAccessConfig>? AccessConfigs { get; init; }

    /// <summary>The <c>event_record_format</c> argument.</summary>
    [Input("event_record_format")]
    public Input<string>? EventRecordFormat { get; init; }

    /// <summary>The <c>schema_registry_uri</c> argument.</summary>
    [Input("schema_registry_uri")]
    public Input<string>? SchemaRegistryUri { get; init; }

    /// <summary>The <c>schema_validation_config</c> blocks.</summary>
    [Input("schema_validation_config", Pulumi = "schemaValidationConfigs")]
    public IReadOnlyList<LambdaEventSourceMappingSelfManagedKafkaEventSourceConfigSchemaRegistryConfigSchemaValidationConfig>? SchemaValidationConfigs { get; init; }
}

/// <summary>A <c>self_managed_kafka_event_source_config</c> block.</summary>
public sealed partial record LambdaEventSourceMappingSelfManagedKafkaEventSourceConfig
{
    /// <summary>The <c>consumer_group_id</c> argument.</summary>
    [Input("consumer_group_id")]
    public Input<string>? ConsumerGroupId { get; init; }

    /// <summary>The <c>schema_registry_config</c> block.</summary>
    [Input("schema_registry_config")]
    public LambdaEventSourceMappingSelfManagedKafkaEventSourceConfigSchemaRegistryConfig? SchemaRegistryConfig { get; init; }
}

/// <summary>A <c>source_access_configuration</c> block.</summary>
public sealed partial record LambdaEventSourceMappingSourceAccessConfiguration
{
    /// <summary>The <c>type</c> argument.</summary>
    [Input("type")]
    public required Input<string> Type { get; init; }

    /// <summary>The <c>uri</c> argument.</summary>
    [Input("uri")]
    public required Input<string> Uri { get; init; }
}
