// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_wafv2_web_acl) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A WAFv2 web ACL: the rules (managed rule groups, rate limits) that inspect each request to the resources associated with it (<c>aws_wafv2_web_acl</c>).</summary>
public sealed class Wafv2WebAcl : CustomResource<Wafv2WebAclArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public Wafv2WebAcl(string name, Wafv2WebAclArgs args, ResourceOptions? options = null)
        : base("aws_wafv2_web_acl", "aws:wafv2/webAcl:WebAcl", name, args, options)
    {
    }

    /// <summary>The <c>application_integration_url</c> attribute.</summary>
    public Output<string> ApplicationIntegrationUrl => Attribute("application_integration_url");

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>lock_token</c> attribute.</summary>
    public Output<string> LockToken => Attribute("lock_token");
}

/// <summary>Inputs of <see cref="Wafv2WebAcl"/>.</summary>
public sealed partial record Wafv2WebAclArgs
{
    /// <summary>The <c>association_config</c> block.</summary>
    [Input("association_config")]
    public Wafv2WebAclAssociationConfig? AssociationConfig { get; init; }

    /// <summary>The <c>captcha_config</c> block.</summary>
    [Input("captcha_config")]
    public Wafv2WebAclCaptchaConfig? CaptchaConfig { get; init; }

    /// <summary>The <c>challenge_config</c> block.</summary>
    [Input("challenge_config")]
    public Wafv2WebAclChallengeConfig? ChallengeConfig { get; init; }

    /// <summary>The <c>custom_response_body</c> blocks.</summary>
    [Input("custom_response_body", Pulumi = "customResponseBodies")]
    public IReadOnlyList<Wafv2WebAclCustomResponseBody>? CustomResponseBodies { get; init; }

    /// <summary>The <c>data_protection_config</c> block.</summary>
    [Input("data_protection_config")]
    public Wafv2WebAclDataProtectionConfig? DataProtectionConfig { get; init; }

    /// <summary>What happens to a request no rule blocks or allows.</summary>
    [Input("default_action")]
    public required Wafv2DefaultAction DefaultAction { get; init; }

    /// <summary>What the web ACL protects.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>The web ACL's name, unique in the region and scope.</summary>
    [Input("name")]
    public string? Name { get; init; }

    /// <summary>The <c>name_prefix</c> argument.</summary>
    [Input("name_prefix")]
    public Input<string>? NamePrefix { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The rules, evaluated in priority order.</summary>
    [Input("rule", Pulumi = "rules")]
    public IReadOnlyList<Wafv2WebAclRule>? Rules { get; init; }

    /// <summary>The <c>rule_json</c> argument.</summary>
    [Input("rule_json")]
    public Input<string>? RuleJson { get; init; }

    /// <summary><c>REGIONAL</c> (API Gateway, load balancers, ... in the web ACL's region) or <c>CLOUDFRONT</c>.</summary>
    [Input("scope")]
    public required string Scope { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>token_domains</c> argument.</summary>
    [Input("token_domains")]
    public IReadOnlyList<string>? TokenDomains { get; init; }

    /// <summary>The web ACL's CloudWatch metrics and sampled requests.</summary>
    [Input("visibility_config")]
    public required Wafv2VisibilityConfig VisibilityConfig { get; init; }
}

/// <summary>A <c>api_gateway</c> block.</summary>
public sealed partial record Wafv2WebAclAssociationConfigRequestBodyApiGateway
{
    /// <summary>The <c>default_size_inspection_limit</c> argument.</summary>
    [Input("default_size_inspection_limit")]
    public required Input<string> DefaultSizeInspectionLimit { get; init; }
}

/// <summary>A <c>app_runner_service</c> block.</summary>
public sealed partial record Wafv2WebAclAssociationConfigRequestBodyAppRunnerService
{
    /// <summary>The <c>default_size_inspection_limit</c> argument.</summary>
    [Input("default_size_inspection_limit")]
    public required Input<string> DefaultSizeInspectionLimit { get; init; }
}

/// <summary>A <c>cloudfront</c> block.</summary>
public sealed partial record Wafv2WebAclAssociationConfigRequestBodyCloudfront
{
    /// <summary>The <c>default_size_inspection_limit</c> argument.</summary>
    [Input("default_size_inspection_limit")]
    public required Input<string> DefaultSizeInspectionLimit { get; init; }
}

/// <summary>A <c>cognito_user_pool</c> block.</summary>
public sealed partial record Wafv2WebAclAssociationConfigRequestBodyCognitoUserPool
{
    /// <summary>The <c>default_size_inspection_limit</c> argument.</summary>
    [Input("default_size_inspection_limit")]
    public required Input<string> DefaultSizeInspectionLimit { get; init; }
}

/// <summary>A <c>verified_access_instance</c> block.</summary>
public sealed partial record Wafv2WebAclAssociationConfigRequestBodyVerifiedAccessInstance
{
    /// <summary>The <c>default_size_inspection_limit</c> argument.</summary>
    [Input("default_size_inspection_limit")]
    public required Input<string> DefaultSizeInspectionLimit { get; init; }
}

/// <summary>A <c>request_body</c> block.</summary>
public sealed partial record Wafv2WebAclAssociationConfigRequestBody
{
    /// <summary>The <c>api_gateway</c> block.</summary>
    [Input("api_gateway")]
    public Wafv2WebAclAssociationConfigRequestBodyApiGateway? ApiGateway { get; init; }

    /// <summary>The <c>app_runner_service</c> block.</summary>
    [Input("app_runner_service")]
    public Wafv2WebAclAssociationConfigRequestBodyAppRunnerService? AppRunnerService { get; init; }

    /// <summary>The <c>cloudfront</c> block.</summary>
    [Input("cloudfront")]
    public Wafv2WebAclAssociationConfigRequestBodyCloudfront? Cloudfront { get; init; }

    /// <summary>The <c>cognito_user_pool</c> block.</summary>
    [Input("cognito_user_pool")]
    public Wafv2WebAclAssociationConfigRequestBodyCognitoUserPool? CognitoUserPool { get; init; }

    /// <summary>The <c>verified_access_instance</c> block.</summary>
    [Input("verified_access_instance")]
    public Wafv2WebAclAssociationConfigRequestBodyVerifiedAccessInstance? VerifiedAccessInstance { get; init; }
}

/// <summary>A <c>association_config</c> block.</summary>
public sealed partial record Wafv2WebAclAssociationConfig
{
    /// <summary>The <c>request_body</c> blocks.</summary>
    [Input("request_body", Pulumi = "requestBodies")]
    public IReadOnlyList<Wafv2WebAclAssociationConfigRequestBody>? RequestBodies { get; init; }
}

/// <summary>A <c>immunity_time_property</c> block.</summary>
public sealed partial record Wafv2WebAclCaptchaConfigImmunityTimeProperty
{
    /// <summary>The <c>immunity_time</c> argument.</summary>
    [Input("immunity_time")]
    public int? ImmunityTime { get; init; }
}

/// <summary>A <c>captcha_config</c> block.</summary>
public sealed partial record Wafv2WebAclCaptchaConfig
{
    /// <summary>The <c>immunity_time_property</c> block.</summary>
    [Input("immunity_time_property")]
    public Wafv2WebAclCaptchaConfigImmunityTimeProperty? ImmunityTimeProperty { get; init; }
}

/// <summary>A <c>immunity_time_property</c> block.</summary>
public sealed partial record Wafv2WebAclChallengeConfigImmunityTimeProperty
{
    /// <summary>The <c>immunity_time</c> argument.</summary>
    [Input("immunity_time")]
    public int? ImmunityTime { get; init; }
}

/// <summary>A <c>challenge_config</c> block.</summary>
public sealed partial record Wafv2WebAclChallengeConfig
{
    /// <summary>The <c>immunity_time_property</c> block.</summary>
    [Input("immunity_time_property")]
    public Wafv2WebAclChallengeConfigImmunityTimeProperty? ImmunityTimeProperty { get; init; }
}

/// <summary>A <c>custom_response_body</c> block.</summary>
public sealed partial record Wafv2WebAclCustomResponseBody
{
    /// <summary>The <c>content</c> argument.</summary>
    [Input("content")]
    public required Input<string> Content { get; init; }

    /// <summary>The <c>content_type</c> argument.</summary>
    [Input("content_type")]
    public required Input<string> ContentType { get; init; }

    /// <summary>The <c>key</c> argument.</summary>
    [Input("key")]
    public required Input<string> Key { get; init; }
}

/// <summary>A <c>field</c> block.</summary>
public sealed partial record Wafv2WebAclDataProtectionConfigDataProtectionField
{
    /// <summary>The <c>field_keys</c> argument.</summary>
    [Input("field_keys")]
    public IReadOnlyList<string>? FieldKeys { get; init; }

    /// <summary>The <c>field_type</c> argument.</summary>
    [Input("field_type")]
    public required Input<string> FieldType { get; init; }
}

/// <summary>A <c>data_protection</c> block.</summary>
public sealed partial record Wafv2WebAclDataProtectionConfigDataProtection
{
    /// <summary>The <c>action</c> argument.</summary>
    [Input("action")]
    public required Input<string> Action { get; init; }

    /// <summary>The <c>exclude_rate_based_details</c> argument.</summary>
    [Input("exclude_rate_based_details")]
    public bool? ExcludeRateBasedDetails { get; init; }

    /// <summary>The <c>exclude_rule_match_details</c> argument.</summary>
    [Input("exclude_rule_match_details")]
    public bool? ExcludeRuleMatchDetails { get; init; }

    /// <summary>The <c>field</c> block.</summary>
    [Input("field")]
    public required Wafv2WebAclDataProtectionConfigDataProtectionField Field { get; init; }
}

/// <summary>A <c>data_protection_config</c> block.</summary>
public sealed partial record Wafv2WebAclDataProtectionConfig
{
    /// <summary>The <c>data_protection</c> blocks.</summary>
    [Input("data_protection", Pulumi = "dataProtections")]
    public IReadOnlyList<Wafv2WebAclDataProtectionConfigDataProtection>? DataProtections { get; init; }
}

/// <summary>A <c>insert_header</c> block.</summary>
public sealed partial record Wafv2AllowActionCustomRequestHandlingInsertHeader
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}

/// <summary>A <c>custom_request_handling</c> block.</summary>
public sealed partial record Wafv2AllowActionCustomRequestHandling
{
    /// <summary>The <c>insert_header</c> blocks.</summary>
    [Input("insert_header", Pulumi = "insertHeaders")]
    public required IReadOnlyList<Wafv2AllowActionCustomRequestHandlingInsertHeader> InsertHeaders { get; init; }
}

/// <summary>Let the request through.</summary>
public sealed partial record Wafv2AllowAction
{
    /// <summary>The <c>custom_request_handling</c> block.</summary>
    [Input("custom_request_handling")]
    public Wafv2AllowActionCustomRequestHandling? CustomRequestHandling { get; init; }
}

/// <summary>A <c>response_header</c> block.</summary>
public sealed partial record Wafv2DefaultActionBlockCustomResponseResponseHeader
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}

/// <summary>A <c>custom_response</c> block.</summary>
public sealed partial record Wafv2DefaultActionBlockCustomResponse
{
    /// <summary>The <c>custom_response_body_key</c> argument.</summary>
    [Input("custom_response_body_key")]
    public Input<string>? CustomResponseBodyKey { get; init; }

    /// <summary>The <c>response_code</c> argument.</summary>
    [Input("response_code")]
    public required int ResponseCode { get; init; }

    /// <summary>The <c>response_header</c> blocks.</summary>
    [Input("response_header", Pulumi = "responseHeaders")]
    public IReadOnlyList<Wafv2DefaultActionBlockCustomResponseResponseHeader>? ResponseHeaders { get; init; }
}

/// <summary>A <c>block</c> block.</summary>
public sealed partial record Wafv2DefaultActionBlock
{
    /// <summary>The <c>custom_response</c> block.</summary>
    [Input("custom_response")]
    public Wafv2DefaultActionBlockCustomResponse? CustomResponse { get; init; }
}

/// <summary>What happens to a request no rule blocks or allows.</summary>
public sealed partial record Wafv2DefaultAction
{
    /// <summary>Let the request through.</summary>
    [Input("allow")]
    public Wafv2AllowAction? Allow { get; init; }

    /// <summary>The <c>block</c> block.</summary>
    [Input("block")]
    public Wafv2DefaultActionBlock? Block { get; init; }
}

/// <summary>A <c>insert_header</c> block.</summary>
public sealed partial record Wafv2RuleActionAllowCustomRequestHandlingInsertHeader
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}

/// <summary>A <c>custom_request_handling</c> block.</summary>
public sealed partial record Wafv2RuleActionAllowCustomRequestHandling
{
    /// <summary>The <c>insert_header</c> blocks.</summary>
    [Input("insert_header", Pulumi = "insertHeaders")]
    public required IReadOnlyList<Wafv2RuleActionAllowCustomRequestHandlingInsertHeader> InsertHeaders { get; init; }
}

/// <summary>A <c>allow</c> block.</summary>
public sealed partial record Wafv2RuleActionAllow
{
    /// <summary>The <c>custom_request_handling</c> block.</summary>
    [Input("custom_request_handling")]
    public Wafv2RuleActionAllowCustomRequestHandling? CustomRequestHandling { get; init; }
}

/// <summary>A <c>response_header</c> block.</summary>
public sealed partial record Wafv2BlockActionCustomResponseResponseHeader
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}

/// <summary>A <c>custom_response</c> block.</summary>
public sealed partial record Wafv2BlockActionCustomResponse
{
    /// <summary>The <c>custom_response_body_key</c> argument.</summary>
    [Input("custom_response_body_key")]
    public Input<string>? CustomResponseBodyKey { get; init; }

    /// <summary>The <c>response_code</c> argument.</summary>
    [Input("response_code")]
    public required int ResponseCode { get; init; }

    /// <summary>The <c>response_header</c> blocks.</summary>
    [Input("response_header", Pulumi = "responseHeaders")]
    public IReadOnlyList<Wafv2BlockActionCustomResponseResponseHeader>? ResponseHeaders { get; init; }
}

/// <summary>Block the request (403 by default).</summary>
public sealed partial record Wafv2BlockAction
{
    /// <summary>The <c>custom_response</c> block.</summary>
    [Input("custom_response")]
    public Wafv2BlockActionCustomResponse? CustomResponse { get; init; }
}

/// <summary>A <c>insert_header</c> block.</summary>
public sealed partial record Wafv2RuleActionCaptchaCustomRequestHandlingInsertHeader
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}

/// <summary>A <c>custom_request_handling</c> block.</summary>
public sealed partial record Wafv2RuleActionCaptchaCustomRequestHandling
{
    /// <summary>The <c>insert_header</c> blocks.</summary>
    [Input("insert_header", Pulumi = "insertHeaders")]
    public required IReadOnlyList<Wafv2RuleActionCaptchaCustomRequestHandlingInsertHeader> InsertHeaders { get; init; }
}

/// <summary>A <c>captcha</c> block.</summary>
public sealed partial record Wafv2RuleActionCaptcha
{
    /// <summary>The <c>custom_request_handling</c> block.</summary>
    [Input("custom_request_handling")]
    public Wafv2RuleActionCaptchaCustomRequestHandling? CustomRequestHandling { get; init; }
}

/// <summary>A <c>insert_header</c> block.</summary>
public sealed partial record Wafv2RuleActionChallengeCustomRequestHandlingInsertHeader
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}

/// <summary>A <c>custom_request_handling</c> block.</summary>
public sealed partial record Wafv2RuleActionChallengeCustomRequestHandling
{
    /// <summary>The <c>insert_header</c> blocks.</summary>
    [Input("insert_header", Pulumi = "insertHeaders")]
    public required IReadOnlyList<Wafv2RuleActionChallengeCustomRequestHandlingInsertHeader> InsertHeaders { get; init; }
}

/// <summary>A <c>challenge</c> block.</summary>
public sealed partial record Wafv2RuleActionChallenge
{
    /// <summary>The <c>custom_request_handling</c> block.</summary>
    [Input("custom_request_handling")]
    public Wafv2RuleActionChallengeCustomRequestHandling? CustomRequestHandling { get; init; }
}

/// <summary>A <c>insert_header</c> block.</summary>
public sealed partial record Wafv2RuleActionCountCustomRequestHandlingInsertHeader
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}

/// <summary>A <c>custom_request_handling</c> block.</summary>
public sealed partial record Wafv2RuleActionCountCustomRequestHandling
{
    /// <summary>The <c>insert_header</c> blocks.</summary>
    [Input("insert_header", Pulumi = "insertHeaders")]
    public required IReadOnlyList<Wafv2RuleActionCountCustomRequestHandlingInsertHeader> InsertHeaders { get; init; }
}

/// <summary>A <c>count</c> block.</summary>
public sealed partial record Wafv2RuleActionCount
{
    /// <summary>The <c>custom_request_handling</c> block.</summary>
    [Input("custom_request_handling")]
    public Wafv2RuleActionCountCustomRequestHandling? CustomRequestHandling { get; init; }
}

/// <summary>The action of a rule whose statement is not a rule group (a rate-based rule's <c>block</c>).</summary>
public sealed partial record Wafv2RuleAction
{
    /// <summary>The <c>allow</c> block.</summary>
    [Input("allow")]
    public Wafv2RuleActionAllow? Allow { get; init; }

    /// <summary>Block the request (403 by default).</summary>
    [Input("block")]
    public Wafv2BlockAction? Block { get; init; }

    /// <summary>The <c>captcha</c> block.</summary>
    [Input("captcha")]
    public Wafv2RuleActionCaptcha? Captcha { get; init; }

    /// <summary>The <c>challenge</c> block.</summary>
    [Input("challenge")]
    public Wafv2RuleActionChallenge? Challenge { get; init; }

    /// <summary>The <c>count</c> block.</summary>
    [Input("count")]
    public Wafv2RuleActionCount? Count { get; init; }
}

/// <summary>A <c>immunity_time_property</c> block.</summary>
public sealed partial record Wafv2WebAclRuleCaptchaConfigImmunityTimeProperty
{
    /// <summary>The <c>immunity_time</c> argument.</summary>
    [Input("immunity_time")]
    public int? ImmunityTime { get; init; }
}

/// <summary>A <c>captcha_config</c> block.</summary>
public sealed partial record Wafv2WebAclRuleCaptchaConfig
{
    /// <summary>The <c>immunity_time_property</c> block.</summary>
    [Input("immunity_time_property")]
    public Wafv2WebAclRuleCaptchaConfigImmunityTimeProperty? ImmunityTimeProperty { get; init; }
}

/// <summary>A <c>immunity_time_property</c> block.</summary>
public sealed partial record Wafv2WebAclRuleChallengeConfigImmunityTimeProperty
{
    /// <summary>The <c>immunity_time</c> argument.</summary>
    [Input("immunity_time")]
    public int? ImmunityTime { get; init; }
}

/// <summary>A <c>challenge_config</c> block.</summary>
public sealed partial record Wafv2WebAclRuleChallengeConfig
{
    /// <summary>The <c>immunity_time_property</c> block.</summary>
    [Input("immunity_time_property")]
    public Wafv2WebAclRuleChallengeConfigImmunityTimeProperty? ImmunityTimeProperty { get; init; }
}

/// <summary>A <c>count</c> block.</summary>
public sealed partial record Wafv2OverrideActionCount : IPropertySource
{
    /// <summary>An empty block: present, with no arguments.</summary>
    public PropertyValue ToPropertyValue() => new ObjectValue([]);
}

/// <summary>Keep the rule group's own actions.</summary>
public sealed partial record Wafv2NoOverride : IPropertySource
{
    /// <summary>An empty block: present, with no arguments.</summary>
    public PropertyValue ToPropertyValue() => new ObjectValue([]);
}

/// <summary>For a rule group statement: <c>none</c> keeps the group's own actions, <c>count</c> only counts its matches.</summary>
public sealed partial record Wafv2OverrideAction
{
    /// <summary>The <c>count</c> block.</summary>
    [Input("count")]
    public Wafv2OverrideActionCount? Count { get; init; }

    /// <summary>Keep the rule group's own actions.</summary>
    [Input("none")]
    public Wafv2NoOverride? None { get; init; }
}

/// <summary>A <c>rule_label</c> block.</summary>
public sealed partial record Wafv2WebAclRuleRuleLabel
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }
}

/// <summary>A rule group that AWS or a marketplace vendor maintains.</summary>
public sealed partial record Wafv2ManagedRuleGroupStatement
{
    /// <summary>The group's name, e.g. <c>AWSManagedRulesCommonRuleSet</c>.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The group's vendor, e.g. <c>AWS</c>.</summary>
    [Input("vendor_name")]
    public required string VendorName { get; init; }

    /// <summary>The <c>version</c> argument.</summary>
    [Input("version")]
    public Input<string>? Version { get; init; }
}

/// <summary>Counts requests per aggregation key (e.g. per source IP) over a window and matches while the count is above the limit.</summary>
public sealed partial record Wafv2RateBasedStatement
{
    /// <summary>What requests are counted by: <c>IP</c> (the source address), <c>FORWARDED_IP</c>, <c>CUSTOM_KEYS</c> or <c>CONSTANT</c>.</summary>
    [Input("aggregate_key_type")]
    public string? AggregateKeyType { get; init; }

    /// <summary>The window in seconds: 60, 120, 300 (the default) or 600.</summary>
    [Input("evaluation_window_sec")]
    public int? EvaluationWindowSec { get; init; }

    /// <summary>Requests per key allowed in the evaluation window (AWS minimum 10).</summary>
    [Input("limit")]
    public required int Limit { get; init; }
}

/// <summary>What the rule matches.</summary>
public sealed partial record Wafv2Statement
{
    /// <summary>A rule group that AWS or a marketplace vendor maintains.</summary>
    [Input("managed_rule_group_statement")]
    public Wafv2ManagedRuleGroupStatement? ManagedRuleGroupStatement { get; init; }

    /// <summary>Counts requests per aggregation key (e.g. per source IP) over a window and matches while the count is above the limit.</summary>
    [Input("rate_based_statement")]
    public Wafv2RateBasedStatement? RateBasedStatement { get; init; }
}

/// <summary>The rule's CloudWatch metrics and sampled requests.</summary>
public sealed partial record Wafv2RuleVisibilityConfig
{
    /// <summary>The <c>cloudwatch_metrics_enabled</c> argument.</summary>
    [Input("cloudwatch_metrics_enabled")]
    public required bool CloudwatchMetricsEnabled { get; init; }

    /// <summary>The <c>metric_name</c> argument.</summary>
    [Input("metric_name")]
    public required Input<string> MetricName { get; init; }

    /// <summary>The <c>sampled_requests_enabled</c> argument.</summary>
    [Input("sampled_requests_enabled")]
    public required bool SampledRequestsEnabled { get; init; }
}

/// <summary>The rules, evaluated in priority order.</summary>
public sealed partial record Wafv2WebAclRule
{
    /// <summary>The action of a rule whose statement is not a rule group (a rate-based rule's <c>block</c>).</summary>
    [Input("action")]
    public Wafv2RuleAction? Action { get; init; }

    /// <summary>The <c>captcha_config</c> block.</summary>
    [Input("captcha_config")]
    public Wafv2WebAclRuleCaptchaConfig? CaptchaConfig { get; init; }

    /// <summary>The <c>challenge_config</c> block.</summary>
    [Input("challenge_config")]
    public Wafv2WebAclRuleChallengeConfig? ChallengeConfig { get; init; }

    /// <summary>The rule's name, unique in the web ACL.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>For a rule group statement: <c>none</c> keeps the group's own actions, <c>count</c> only counts its matches.</summary>
    [Input("override_action")]
    public Wafv2OverrideAction? OverrideAction { get; init; }

    /// <summary>Lower priorities are evaluated first; unique in the web ACL.</summary>
    [Input("priority")]
    public required int Priority { get; init; }

    /// <summary>The <c>rule_label</c> blocks.</summary>
    [Input("rule_label", Pulumi = "ruleLabels")]
    public IReadOnlyList<Wafv2WebAclRuleRuleLabel>? RuleLabels { get; init; }

    /// <summary>What the rule matches.</summary>
    [Input("statement")]
    public required Wafv2Statement Statement { get; init; }

    /// <summary>The rule's CloudWatch metrics and sampled requests.</summary>
    [Input("visibility_config")]
    public required Wafv2RuleVisibilityConfig VisibilityConfig { get; init; }
}

/// <summary>The web ACL's CloudWatch metrics and sampled requests.</summary>
public sealed partial record Wafv2VisibilityConfig
{
    /// <summary>Publish the request counts to CloudWatch (namespace <c>AWS/WAFV2</c>).</summary>
    [Input("cloudwatch_metrics_enabled")]
    public required bool CloudwatchMetricsEnabled { get; init; }

    /// <summary>The metric's name (letters, digits, <c>-</c> and <c>_</c>).</summary>
    [Input("metric_name")]
    public required string MetricName { get; init; }

    /// <summary>Keep a sample of the requests that match, for the console.</summary>
    [Input("sampled_requests_enabled")]
    public required bool SampledRequestsEnabled { get; init; }
}
