namespace Infra.Previews;

/// <summary>
/// The arguments whose change makes the provider replace a resource (ForceNew), for the resource types this
/// program uses. The provider schemas shipped here do not carry ForceNew, so this table is kept by hand from the
/// provider documentation; an argument missing from it is previewed as an in-place update.
/// </summary>
public static class ForceNewAttributes
{
    private static readonly IReadOnlyDictionary<string, string[]> ByType = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["aws_s3_bucket"] = ["bucket", "bucket_prefix"],
        ["aws_s3_bucket_versioning"] = ["bucket"],
        ["aws_s3_bucket_server_side_encryption_configuration"] = ["bucket"],
        ["aws_s3_bucket_public_access_block"] = ["bucket"],
        ["aws_s3_bucket_ownership_controls"] = ["bucket"],
        ["aws_s3_bucket_policy"] = ["bucket"],
        ["aws_s3_object"] = ["bucket", "key"],
        ["aws_dynamodb_table"] = ["name", "hash_key", "range_key"],
        ["aws_kms_key"] = ["customer_master_key_spec", "key_usage", "multi_region"],
        ["aws_kms_alias"] = ["name"],
        ["aws_iam_role"] = ["name", "path"],
        ["aws_iam_role_policy"] = ["name", "role"],
        ["aws_iam_role_policy_attachment"] = ["role", "policy_arn"],
        ["aws_iam_openid_connect_provider"] = ["url"],
        ["aws_cloudwatch_log_group"] = ["name"],
        ["aws_cloudwatch_metric_alarm"] = ["alarm_name"],
        ["aws_lambda_function"] = ["function_name", "package_type"],
        ["aws_lambda_alias"] = ["name", "function_name"],
        ["aws_lambda_permission"] = ["function_name", "statement_id", "action", "principal", "source_arn", "qualifier"],
        ["aws_lambda_event_source_mapping"] = ["event_source_arn", "starting_position"],
        ["aws_sqs_queue"] = ["name", "fifo_queue"],
        ["aws_sns_topic"] = ["name", "fifo_topic"],
        ["aws_codedeploy_app"] = ["name", "compute_platform"],
        ["aws_codedeploy_deployment_group"] = ["app_name"],
        ["aws_sesv2_email_identity"] = ["email_identity"],
        ["aws_api_gateway_resource"] = ["rest_api_id", "parent_id", "path_part"],
        ["aws_api_gateway_method"] = ["rest_api_id", "resource_id", "http_method"],
        ["aws_api_gateway_integration"] = ["rest_api_id", "resource_id", "http_method"],
        ["aws_api_gateway_deployment"] = ["rest_api_id", "triggers"],
        ["aws_api_gateway_stage"] = ["rest_api_id", "stage_name"],
        ["aws_api_gateway_method_settings"] = ["rest_api_id", "stage_name", "method_path"],
        ["github_repository_environment"] = ["repository", "environment"],
        ["github_repository_environment_deployment_policy"] = ["repository", "environment"],
        ["github_actions_environment_variable"] = ["repository", "environment", "variable_name"],
    };

    /// <summary>True when changing <paramref name="attribute"/> of a <paramref name="terraformType"/> replaces it.</summary>
    public static bool Forces(string terraformType, string attribute) =>
        ByType.TryGetValue(terraformType, out var attributes) && attributes.Contains(attribute, StringComparer.Ordinal);
}
