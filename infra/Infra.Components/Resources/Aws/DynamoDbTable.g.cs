// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_dynamodb_table) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A DynamoDB table (<c>aws_dynamodb_table</c>).</summary>
public sealed class DynamoDbTable : CustomResource<DynamoDbTableArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public DynamoDbTable(string name, DynamoDbTableArgs args, ResourceOptions? options = null)
        : base("aws_dynamodb_table", "aws:dynamodb/table:Table", name, args, options)
    {
    }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>stream_arn</c> attribute.</summary>
    public Output<string> StreamArn => Attribute("stream_arn");

    /// <summary>The <c>stream_label</c> attribute.</summary>
    public Output<string> StreamLabel => Attribute("stream_label");

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> TableName => Attribute("name");
}

/// <summary>Inputs of <see cref="DynamoDbTable"/>.</summary>
public sealed partial record DynamoDbTableArgs
{
    /// <summary>Every key attribute (of the table and its indexes) with its type.</summary>
    [Input("attribute", Pulumi = "attributes")]
    public IReadOnlyList<DynamoDbAttribute>? Attributes { get; init; }

    /// <summary><c>PROVISIONED</c> (Terraform's default) or <c>PAY_PER_REQUEST</c> (on demand).</summary>
    [Input("billing_mode")]
    public string? BillingMode { get; init; }

    /// <summary>Refuse DeleteTable while true; Terraform's default is false.</summary>
    [Input("deletion_protection_enabled")]
    public bool? DeletionProtectionEnabled { get; init; }

    /// <summary>The <c>global_secondary_index</c> blocks.</summary>
    [Input("global_secondary_index", Pulumi = "globalSecondaryIndexes")]
    public IReadOnlyList<DynamoDbGlobalSecondaryIndex>? GlobalSecondaryIndexes { get; init; }

    /// <summary>The <c>global_table_witness</c> block.</summary>
    [Input("global_table_witness")]
    public DynamoDbTableGlobalTableWitness? GlobalTableWitness { get; init; }

    /// <summary>The partition key attribute.</summary>
    [Input("hash_key")]
    public string? HashKey { get; init; }

    /// <summary>The <c>import_table</c> block.</summary>
    [Input("import_table")]
    public DynamoDbTableImportTable? ImportTable { get; init; }

    /// <summary>The <c>local_secondary_index</c> blocks.</summary>
    [Input("local_secondary_index", Pulumi = "localSecondaryIndexes")]
    public IReadOnlyList<DynamoDbTableLocalSecondaryIndex>? LocalSecondaryIndexes { get; init; }

    /// <summary>The table name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>on_demand_throughput</c> block.</summary>
    [Input("on_demand_throughput")]
    public DynamoDbTableOnDemandThroughput? OnDemandThroughput { get; init; }

    /// <summary>Point-in-time recovery; off when absent.</summary>
    [Input("point_in_time_recovery")]
    public DynamoDbPointInTimeRecovery? PointInTimeRecovery { get; init; }

    /// <summary>The sort key attribute.</summary>
    [Input("range_key")]
    public string? RangeKey { get; init; }

    /// <summary>The <c>read_capacity</c> argument.</summary>
    [Input("read_capacity")]
    public int? ReadCapacity { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>replica</c> blocks.</summary>
    [Input("replica", Pulumi = "replicas")]
    public IReadOnlyList<DynamoDbTableReplica>? Replicas { get; init; }

    /// <summary>The <c>restore_date_time</c> argument.</summary>
    [Input("restore_date_time")]
    public Input<string>? RestoreDateTime { get; init; }

    /// <summary>The <c>restore_source_name</c> argument.</summary>
    [Input("restore_source_name")]
    public Input<string>? RestoreSourceName { get; init; }

    /// <summary>The <c>restore_source_table_arn</c> argument.</summary>
    [Input("restore_source_table_arn")]
    public Input<string>? RestoreSourceTableArn { get; init; }

    /// <summary>The <c>restore_to_latest_time</c> argument.</summary>
    [Input("restore_to_latest_time")]
    public bool? RestoreToLatestTime { get; init; }

    /// <summary>Encryption at rest with a KMS key; an AWS-owned key when absent.</summary>
    [Input("server_side_encryption")]
    public DynamoDbServerSideEncryption? ServerSideEncryption { get; init; }

    /// <summary>The <c>stream_enabled</c> argument.</summary>
    [Input("stream_enabled")]
    public bool? StreamEnabled { get; init; }

    /// <summary>The <c>stream_view_type</c> argument.</summary>
    [Input("stream_view_type")]
    public Input<string>? StreamViewType { get; init; }

    /// <summary>The <c>table_class</c> argument.</summary>
    [Input("table_class")]
    public Input<string>? TableClass { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>timeouts</c> block.</summary>
    [Input("timeouts", TerraformOnly = true)]
    public DynamoDbTableTimeouts? Timeouts { get; init; }

    /// <summary>The <c>ttl</c> block.</summary>
    [Input("ttl")]
    public DynamoDbTableTtl? Ttl { get; init; }

    /// <summary>The <c>warm_throughput</c> block.</summary>
    [Input("warm_throughput")]
    public DynamoDbTableWarmThroughput? WarmThroughput { get; init; }

    /// <summary>The <c>write_capacity</c> argument.</summary>
    [Input("write_capacity")]
    public int? WriteCapacity { get; init; }
}

/// <summary>Every key attribute (of the table and its indexes) with its type.</summary>
public sealed partial record DynamoDbAttribute
{
    /// <summary>The attribute name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary><c>S</c>, <c>N</c> or <c>B</c>.</summary>
    [Input("type")]
    public required string Type { get; init; }
}

/// <summary>A <c>on_demand_throughput</c> block.</summary>
public sealed partial record DynamoDbGlobalSecondaryIndexOnDemandThroughput
{
    /// <summary>The <c>max_read_request_units</c> argument.</summary>
    [Input("max_read_request_units")]
    public int? MaxReadRequestUnits { get; init; }

    /// <summary>The <c>max_write_request_units</c> argument.</summary>
    [Input("max_write_request_units")]
    public int? MaxWriteRequestUnits { get; init; }
}

/// <summary>A <c>warm_throughput</c> block.</summary>
public sealed partial record DynamoDbGlobalSecondaryIndexWarmThroughput
{
    /// <summary>The <c>read_units_per_second</c> argument.</summary>
    [Input("read_units_per_second")]
    public int? ReadUnitsPerSecond { get; init; }

    /// <summary>The <c>write_units_per_second</c> argument.</summary>
    [Input("write_units_per_second")]
    public int? WriteUnitsPerSecond { get; init; }
}

/// <summary>A <c>global_secondary_index</c> block.</summary>
public sealed partial record DynamoDbGlobalSecondaryIndex
{
    /// <summary>The index partition key.</summary>
    [Input("hash_key")]
    public required string HashKey { get; init; }

    /// <summary>The index name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>non_key_attributes</c> argument.</summary>
    [Input("non_key_attributes")]
    public IReadOnlyList<string>? NonKeyAttributes { get; init; }

    /// <summary>The <c>on_demand_throughput</c> block.</summary>
    [Input("on_demand_throughput")]
    public DynamoDbGlobalSecondaryIndexOnDemandThroughput? OnDemandThroughput { get; init; }

    /// <summary><c>ALL</c>, <c>KEYS_ONLY</c> or <c>INCLUDE</c>: which attributes the index carries.</summary>
    [Input("projection_type")]
    public required string ProjectionType { get; init; }

    /// <summary>The index sort key.</summary>
    [Input("range_key")]
    public string? RangeKey { get; init; }

    /// <summary>The <c>read_capacity</c> argument.</summary>
    [Input("read_capacity")]
    public int? ReadCapacity { get; init; }

    /// <summary>The <c>warm_throughput</c> block.</summary>
    [Input("warm_throughput")]
    public DynamoDbGlobalSecondaryIndexWarmThroughput? WarmThroughput { get; init; }

    /// <summary>The <c>write_capacity</c> argument.</summary>
    [Input("write_capacity")]
    public int? WriteCapacity { get; init; }
}

/// <summary>A <c>global_table_witness</c> block.</summary>
public sealed partial record DynamoDbTableGlobalTableWitness
{
    /// <summary>The <c>region_name</c> argument.</summary>
    [Input("region_name")]
    public Input<string>? RegionName { get; init; }
}

/// <summary>A <c>csv</c> block.</summary>
public sealed partial record DynamoDbTableImportTableInputFormatOptionsCsv
{
    /// <summary>The <c>delimiter</c> argument.</summary>
    [Input("delimiter")]
    public Input<string>? Delimiter { get; init; }

    /// <summary>The <c>header_list</c> argument.</summary>
    [Input("header_list", Pulumi = "headerLists")]
    public IReadOnlyList<string>? HeaderLists { get; init; }
}

/// <summary>A <c>input_format_options</c> block.</summary>
public sealed partial record DynamoDbTableImportTableInputFormatOptions
{
    /// <summary>The <c>csv</c> block.</summary>
    [Input("csv")]
    public DynamoDbTableImportTableInputFormatOptionsCsv? Csv { get; init; }
}

/// <summary>A <c>s3_bucket_source</c> block.</summary>
public sealed partial record DynamoDbTableImportTableS3BucketSource
{
    /// <summary>The <c>bucket</c> argument.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The <c>bucket_owner</c> argument.</summary>
    [Input("bucket_owner")]
    public Input<string>? BucketOwner { get; init; }

    /// <summary>The <c>key_prefix</c> argument.</summary>
    [Input("key_prefix")]
    public Input<string>? KeyPrefix { get; init; }
}

/// <summary>A <c>import_table</c> block.</summary>
public sealed partial record DynamoDbTableImportTable
{
    /// <summary>The <c>input_compression_type</c> argument.</summary>
    [Input("input_compression_type")]
    public Input<string>? InputCompressionType { get; init; }

    /// <summary>The <c>input_format</c> argument.</summary>
    [Input("input_format")]
    public required Input<string> InputFormat { get; init; }

    /// <summary>The <c>input_format_options</c> block.</summary>
    [Input("input_format_options")]
    public DynamoDbTableImportTableInputFormatOptions? InputFormatOptions { get; init; }

    /// <summary>The <c>s3_bucket_source</c> block.</summary>
    [Input("s3_bucket_source")]
    public required DynamoDbTableImportTableS3BucketSource S3BucketSource { get; init; }
}

/// <summary>A <c>local_secondary_index</c> block.</summary>
public sealed partial record DynamoDbTableLocalSecondaryIndex
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>non_key_attributes</c> argument.</summary>
    [Input("non_key_attributes")]
    public IReadOnlyList<string>? NonKeyAttributes { get; init; }

    /// <summary>The <c>projection_type</c> argument.</summary>
    [Input("projection_type")]
    public required Input<string> ProjectionType { get; init; }

    /// <summary>The <c>range_key</c> argument.</summary>
    [Input("range_key")]
    public required Input<string> RangeKey { get; init; }
}

/// <summary>A <c>on_demand_throughput</c> block.</summary>
public sealed partial record DynamoDbTableOnDemandThroughput
{
    /// <summary>The <c>max_read_request_units</c> argument.</summary>
    [Input("max_read_request_units")]
    public int? MaxReadRequestUnits { get; init; }

    /// <summary>The <c>max_write_request_units</c> argument.</summary>
    [Input("max_write_request_units")]
    public int? MaxWriteRequestUnits { get; init; }
}

/// <summary>Point-in-time recovery; off when absent.</summary>
public sealed partial record DynamoDbPointInTimeRecovery
{
    /// <summary>True: the table can be restored to any second of the recovery period (35 days unless set).</summary>
    [Input("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>The <c>recovery_period_in_days</c> argument.</summary>
    [Input("recovery_period_in_days")]
    public int? RecoveryPeriodInDays { get; init; }
}

/// <summary>A <c>replica</c> block.</summary>
public sealed partial record DynamoDbTableReplica
{
    /// <summary>The <c>consistency_mode</c> argument.</summary>
    [Input("consistency_mode")]
    public Input<string>? ConsistencyMode { get; init; }

    /// <summary>The <c>deletion_protection_enabled</c> argument.</summary>
    [Input("deletion_protection_enabled")]
    public bool? DeletionProtectionEnabled { get; init; }

    /// <summary>The <c>kms_key_arn</c> argument.</summary>
    [Input("kms_key_arn")]
    public Input<string>? KmsKeyArn { get; init; }

    /// <summary>The <c>point_in_time_recovery</c> argument.</summary>
    [Input("point_in_time_recovery")]
    public bool? PointInTimeRecovery { get; init; }

    /// <summary>The <c>propagate_tags</c> argument.</summary>
    [Input("propagate_tags")]
    public bool? PropagateTags { get; init; }

    /// <summary>The <c>region_name</c> argument.</summary>
    [Input("region_name")]
    public required Input<string> RegionName { get; init; }
}

/// <summary>Encryption at rest with a KMS key; an AWS-owned key when absent.</summary>
public sealed partial record DynamoDbServerSideEncryption
{
    /// <summary>True to use a KMS key (the customer-managed one given, or the AWS-managed one).</summary>
    [Input("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>The customer-managed key's ARN.</summary>
    [Input("kms_key_arn")]
    public Input<string>? KmsKeyArn { get; init; }
}

/// <summary>A <c>timeouts</c> block.</summary>
public sealed partial record DynamoDbTableTimeouts
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

/// <summary>A <c>ttl</c> block.</summary>
public sealed partial record DynamoDbTableTtl
{
    /// <summary>The <c>attribute_name</c> argument.</summary>
    [Input("attribute_name")]
    public Input<string>? AttributeName { get; init; }

    /// <summary>The <c>enabled</c> argument.</summary>
    [Input("enabled")]
    public bool? Enabled { get; init; }
}

/// <summary>A <c>warm_throughput</c> block.</summary>
public sealed partial record DynamoDbTableWarmThroughput
{
    /// <summary>The <c>read_units_per_second</c> argument.</summary>
    [Input("read_units_per_second")]
    public int? ReadUnitsPerSecond { get; init; }

    /// <summary>The <c>write_units_per_second</c> argument.</summary>
    [Input("write_units_per_second")]
    public int? WriteUnitsPerSecond { get; init; }
}
