// Generated from infra/Infra.Generator/overrides.json ("replacedOn" of each type) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).

namespace Infra.Previews;

/// <summary>The generated half of <see cref="ForceNewAttributes"/>: the table.</summary>
public static partial class ForceNewAttributes
{
    private static readonly IReadOnlyDictionary<string, string[]> ByType = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["aws_api_gateway_deployment"] = ["rest_api_id", "triggers"],
        ["aws_api_gateway_integration"] = ["rest_api_id", "resource_id", "http_method"],
        ["aws_api_gateway_method"] = ["rest_api_id", "resource_id", "http_method"],
        ["aws_api_gateway_method_settings"] = ["rest_api_id", "stage_name", "method_path"],
        ["aws_api_gateway_resource"] = ["rest_api_id", "parent_id", "path_part"],
        ["aws_api_gateway_stage"] = ["rest_api_id", "stage_name"],
        ["aws_cloudwatch_log_group"] = ["name"],
        ["aws_cloudwatch_metric_alarm"] = ["alarm_name"],
        ["aws_codedeploy_app"] = ["name", "compute_platform"],
        ["aws_codedeploy_deployment_group"] = ["app_name"],
        ["aws_dynamodb_table"] = ["name", "hash_key", "range_key"],
        ["aws_iam_openid_connect_provider"] = ["url"],
        ["aws_iam_policy"] = ["name", "path"],
        ["aws_iam_role"] = ["name", "path"],
        ["aws_iam_role_policy"] = ["name", "role"],
        ["aws_iam_role_policy_attachment"] = ["role", "policy_arn"],
        ["aws_kms_alias"] = ["name"],
        ["aws_kms_key"] = ["customer_master_key_spec", "key_usage", "multi_region"],
        ["aws_lambda_alias"] = ["name", "function_name"],
        ["aws_lambda_event_source_mapping"] = ["event_source_arn", "starting_position"],
        ["aws_lambda_function"] = ["function_name", "package_type"],
        ["aws_lambda_permission"] = ["function_name", "statement_id", "action", "principal", "source_arn", "qualifier"],
        ["aws_s3_bucket"] = ["bucket", "bucket_prefix"],
        ["aws_s3_bucket_lifecycle_configuration"] = ["bucket", "expected_bucket_owner"],
        ["aws_s3_bucket_logging"] = ["bucket", "expected_bucket_owner"],
        ["aws_s3_bucket_notification"] = ["bucket"],
        ["aws_s3_bucket_ownership_controls"] = ["bucket"],
        ["aws_s3_bucket_policy"] = ["bucket"],
        ["aws_s3_bucket_public_access_block"] = ["bucket"],
        ["aws_s3_bucket_server_side_encryption_configuration"] = ["bucket"],
        ["aws_s3_bucket_versioning"] = ["bucket"],
        ["aws_s3_object"] = ["bucket", "key"],
        ["aws_sesv2_configuration_set"] = ["configuration_set_name"],
        ["aws_sesv2_configuration_set_event_destination"] = ["configuration_set_name", "event_destination_name"],
        ["aws_sesv2_email_identity"] = ["email_identity"],
        ["aws_sns_topic"] = ["name", "fifo_topic"],
        ["aws_sns_topic_policy"] = ["arn"],
        ["aws_sns_topic_subscription"] = ["topic_arn", "protocol", "endpoint"],
        ["aws_sqs_queue"] = ["name", "fifo_queue"],
        ["aws_wafv2_web_acl"] = ["name", "name_prefix", "scope"],
        ["aws_wafv2_web_acl_association"] = ["resource_arn", "web_acl_arn"],
        ["aws_wafv2_web_acl_logging_configuration"] = ["resource_arn"],
        ["github_actions_environment_variable"] = ["repository", "environment", "variable_name"],
        ["github_repository_environment"] = ["repository", "environment"],
        ["github_repository_environment_deployment_policy"] = ["repository", "environment"],
    };
}
