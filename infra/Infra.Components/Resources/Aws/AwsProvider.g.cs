// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (provider aws) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The AWS provider of one stack: its region and the one account it accepts.</summary>
public sealed class AwsProvider : ProviderResource<AwsProviderArgs>
{
    /// <summary>Registers the provider.</summary>
    /// <param name="name">The logical name (Pulumi resource name).</param>
    /// <param name="args">The provider's typed settings.</param>
    /// <param name="options">Options; Parent is the root.</param>
    public AwsProvider(string name, AwsProviderArgs args, ResourceOptions? options = null)
        : base("aws", name, args, options)
    {
    }

    /// <inheritdoc />
    public override string TerraformSource => "hashicorp/aws";
}

/// <summary>Settings of <see cref="AwsProvider"/>.</summary>
public sealed partial record AwsProviderArgs
{
    /// <summary>The <c>access_key</c> argument.</summary>
    [Input("access_key")]
    public Input<string>? AccessKey { get; init; }

    /// <summary>The only accounts whose credentials the provider accepts; any other fails before planning.</summary>
    [Input("allowed_account_ids")]
    public required IReadOnlyList<string> AllowedAccountIds { get; init; }

    /// <summary>The <c>assume_role</c> blocks.</summary>
    [Input("assume_role", Pulumi = "assumeRoles")]
    public IReadOnlyList<AwsProviderAssumeRole>? AssumeRoles { get; init; }

    /// <summary>The <c>assume_role_with_web_identity</c> block.</summary>
    [Input("assume_role_with_web_identity")]
    public AwsProviderAssumeRoleWithWebIdentity? AssumeRoleWithWebIdentity { get; init; }

    /// <summary>The <c>custom_ca_bundle</c> argument.</summary>
    [Input("custom_ca_bundle")]
    public Input<string>? CustomCaBundle { get; init; }

    /// <summary>Tags added to every taggable resource.</summary>
    [Input("default_tags")]
    public AwsDefaultTags? DefaultTags { get; init; }

    /// <summary>The <c>ec2_metadata_service_endpoint</c> argument.</summary>
    [Input("ec2_metadata_service_endpoint")]
    public Input<string>? Ec2MetadataServiceEndpoint { get; init; }

    /// <summary>The <c>ec2_metadata_service_endpoint_mode</c> argument.</summary>
    [Input("ec2_metadata_service_endpoint_mode")]
    public Input<string>? Ec2MetadataServiceEndpointMode { get; init; }

    /// <summary>The <c>endpoints</c> blocks.</summary>
    [Input("endpoints")]
    public IReadOnlyList<AwsProviderEndpoints>? Endpoints { get; init; }

    /// <summary>The <c>forbidden_account_ids</c> argument.</summary>
    [Input("forbidden_account_ids")]
    public IReadOnlyList<string>? ForbiddenAccountIds { get; init; }

    /// <summary>The <c>http_proxy</c> argument.</summary>
    [Input("http_proxy")]
    public Input<string>? HttpProxy { get; init; }

    /// <summary>The <c>https_proxy</c> argument.</summary>
    [Input("https_proxy")]
    public Input<string>? HttpsProxy { get; init; }

    /// <summary>The <c>ignore_tags</c> block.</summary>
    [Input("ignore_tags")]
    public AwsProviderIgnoreTags? IgnoreTags { get; init; }

    /// <summary>The <c>insecure</c> argument.</summary>
    [Input("insecure")]
    public bool? Insecure { get; init; }

    /// <summary>The <c>max_retries</c> argument.</summary>
    [Input("max_retries")]
    public int? MaxRetries { get; init; }

    /// <summary>The <c>no_proxy</c> argument.</summary>
    [Input("no_proxy")]
    public Input<string>? NoProxy { get; init; }

    /// <summary>The <c>profile</c> argument.</summary>
    [Input("profile")]
    public Input<string>? Profile { get; init; }

    /// <summary>The region every resource is created in.</summary>
    [Input("region")]
    public required string Region { get; init; }

    /// <summary>The <c>retry_mode</c> argument.</summary>
    [Input("retry_mode")]
    public Input<string>? RetryMode { get; init; }

    /// <summary>The <c>s3_us_east_1_regional_endpoint</c> argument.</summary>
    [Input("s3_us_east_1_regional_endpoint")]
    public Input<string>? S3UsEast1RegionalEndpoint { get; init; }

    /// <summary>The <c>s3_use_path_style</c> argument.</summary>
    [Input("s3_use_path_style")]
    public bool? S3UsePathStyle { get; init; }

    /// <summary>The <c>secret_key</c> argument.</summary>
    [Input("secret_key")]
    public Input<string>? SecretKey { get; init; }

    /// <summary>The <c>shared_config_files</c> argument.</summary>
    [Input("shared_config_files")]
    public IReadOnlyList<string>? SharedConfigFiles { get; init; }

    /// <summary>The <c>shared_credentials_files</c> argument.</summary>
    [Input("shared_credentials_files")]
    public IReadOnlyList<string>? SharedCredentialsFiles { get; init; }

    /// <summary>The <c>skip_credentials_validation</c> argument.</summary>
    [Input("skip_credentials_validation")]
    public bool? SkipCredentialsValidation { get; init; }

    /// <summary>The <c>skip_metadata_api_check</c> argument.</summary>
    [Input("skip_metadata_api_check")]
    public Input<string>? SkipMetadataApiCheck { get; init; }

    /// <summary>The <c>skip_region_validation</c> argument.</summary>
    [Input("skip_region_validation")]
    public bool? SkipRegionValidation { get; init; }

    /// <summary>The <c>skip_requesting_account_id</c> argument.</summary>
    [Input("skip_requesting_account_id")]
    public bool? SkipRequestingAccountId { get; init; }

    /// <summary>The <c>sts_region</c> argument.</summary>
    [Input("sts_region")]
    public Input<string>? StsRegion { get; init; }

    /// <summary>The <c>tag_policy_compliance</c> argument.</summary>
    [Input("tag_policy_compliance")]
    public Input<string>? TagPolicyCompliance { get; init; }

    /// <summary>The <c>token</c> argument.</summary>
    [Input("token")]
    public Input<string>? Token { get; init; }

    /// <summary>The <c>token_bucket_rate_limiter_capacity</c> argument.</summary>
    [Input("token_bucket_rate_limiter_capacity")]
    public int? TokenBucketRateLimiterCapacity { get; init; }

    /// <summary>The <c>use_dualstack_endpoint</c> argument.</summary>
    [Input("use_dualstack_endpoint")]
    public bool? UseDualstackEndpoint { get; init; }

    /// <summary>The <c>use_fips_endpoint</c> argument.</summary>
    [Input("use_fips_endpoint")]
    public bool? UseFipsEndpoint { get; init; }
}

/// <summary>A <c>assume_role</c> block.</summary>
public sealed partial record AwsProviderAssumeRole
{
    /// <summary>The <c>duration</c> argument.</summary>
    [Input("duration")]
    public Input<string>? Duration { get; init; }

    /// <summary>The <c>external_id</c> argument.</summary>
    [Input("external_id")]
    public Input<string>? ExternalId { get; init; }

    /// <summary>The <c>policy</c> argument.</summary>
    [Input("policy")]
    public Input<string>? Policy { get; init; }

    /// <summary>The <c>policy_arns</c> argument.</summary>
    [Input("policy_arns")]
    public IReadOnlyList<string>? PolicyArns { get; init; }

    /// <summary>The <c>role_arn</c> argument.</summary>
    [Input("role_arn")]
    public Input<string>? RoleArn { get; init; }

    /// <summary>The <c>session_name</c> argument.</summary>
    [Input("session_name")]
    public Input<string>? SessionName { get; init; }

    /// <summary>The <c>source_identity</c> argument.</summary>
    [Input("source_identity")]
    public Input<string>? SourceIdentity { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>transitive_tag_keys</c> argument.</summary>
    [Input("transitive_tag_keys")]
    public IReadOnlyList<string>? TransitiveTagKeys { get; init; }
}

/// <summary>A <c>assume_role_with_web_identity</c> block.</summary>
public sealed partial record AwsProviderAssumeRoleWithWebIdentity
{
    /// <summary>The <c>duration</c> argument.</summary>
    [Input("duration")]
    public Input<string>? Duration { get; init; }

    /// <summary>The <c>policy</c> argument.</summary>
    [Input("policy")]
    public Input<string>? Policy { get; init; }

    /// <summary>The <c>policy_arns</c> argument.</summary>
    [Input("policy_arns")]
    public IReadOnlyList<string>? PolicyArns { get; init; }

    /// <summary>The <c>role_arn</c> argument.</summary>
    [Input("role_arn")]
    public Input<string>? RoleArn { get; init; }

    /// <summary>The <c>session_name</c> argument.</summary>
    [Input("session_name")]
    public Input<string>? SessionName { get; init; }

    /// <summary>The <c>web_identity_token</c> argument.</summary>
    [Input("web_identity_token")]
    public Input<string>? WebIdentityToken { get; init; }

    /// <summary>The <c>web_identity_token_file</c> argument.</summary>
    [Input("web_identity_token_file")]
    public Input<string>? WebIdentityTokenFile { get; init; }
}

/// <summary>Tags added to every taggable resource.</summary>
public sealed partial record AwsDefaultTags
{
    /// <summary>The tags.</summary>
    [Input("tags")]
    public required IReadOnlyDictionary<string, string> Tags { get; init; }
}

/// <summary>A <c>endpoints</c> block.</summary>
public sealed partial record AwsProviderEndpoints
{
    /// <summary>The <c>accessanalyzer</c> argument.</summary>
    [Input("accessanalyzer")]
    public Input<string>? Accessanalyzer { get; init; }

    /// <summary>The <c>account</c> argument.</summary>
    [Input("account")]
    public Input<string>? Account { get; init; }

    /// <summary>The <c>acm</c> argument.</summary>
    [Input("acm")]
    public Input<string>? Acm { get; init; }

    /// <summary>The <c>acmpca</c> argument.</summary>
    [Input("acmpca")]
    public Input<string>? Acmpca { get; init; }

    /// <summary>The <c>amg</c> argument.</summary>
    [Input("amg")]
    public Input<string>? Amg { get; init; }

    /// <summary>The <c>amp</c> argument.</summary>
    [Input("amp")]
    public Input<string>? Amp { get; init; }

    /// <summary>The <c>amplify</c> argument.</summary>
    [Input("amplify")]
    public Input<string>? Amplify { get; init; }

    /// <summary>The <c>apigateway</c> argument.</summary>
    [Input("apigateway")]
    public Input<string>? Apigateway { get; init; }

    /// <summary>The <c>apigatewayv2</c> argument.</summary>
    [Input("apigatewayv2")]
    public Input<string>? Apigatewayv2 { get; init; }

    /// <summary>The <c>appautoscaling</c> argument.</summary>
    [Input("appautoscaling")]
    public Input<string>? Appautoscaling { get; init; }

    /// <summary>The <c>appconfig</c> argument.</summary>
    [Input("appconfig")]
    public Input<string>? Appconfig { get; init; }

    /// <summary>The <c>appfabric</c> argument.</summary>
    [Input("appfabric")]
    public Input<string>? Appfabric { get; init; }

    /// <summary>The <c>appflow</c> argument.</summary>
    [Input("appflow")]
    public Input<string>? Appflow { get; init; }

    /// <summary>The <c>appintegrations</c> argument.</summary>
    [Input("appintegrations")]
    public Input<string>? Appintegrations { get; init; }

    /// <summary>The <c>appintegrationsservice</c> argument.</summary>
    [Input("appintegrationsservice")]
    public Input<string>? Appintegrationsservice { get; init; }

    /// <summary>The <c>applicationautoscaling</c> argument.</summary>
    [Input("applicationautoscaling")]
    public Input<string>? Applicationautoscaling { get; init; }

    /// <summary>The <c>applicationinsights</c> argument.</summary>
    [Input("applicationinsights")]
    public Input<string>? Applicationinsights { get; init; }

    /// <summary>The <c>applicationsignals</c> argument.</summary>
    [Input("applicationsignals")]
    public Input<string>? Applicationsignals { get; init; }

    /// <summary>The <c>appmesh</c> argument.</summary>
    [Input("appmesh")]
    public Input<string>? Appmesh { get; init; }

    /// <summary>The <c>appregistry</c> argument.</summary>
    [Input("appregistry")]
    public Input<string>? Appregistry { get; init; }

    /// <summary>The <c>apprunner</c> argument.</summary>
    [Input("apprunner")]
    public Input<string>? Apprunner { get; init; }

    /// <summary>The <c>appstream</c> argument.</summary>
    [Input("appstream")]
    public Input<string>? Appstream { get; init; }

    /// <summary>The <c>appsync</c> argument.</summary>
    [Input("appsync")]
    public Input<string>? Appsync { get; init; }

    /// <summary>The <c>arcregionswitch</c> argument.</summary>
    [Input("arcregionswitch")]
    public Input<string>? Arcregionswitch { get; init; }

    /// <summary>The <c>arczonalshift</c> argument.</summary>
    [Input("arczonalshift")]
    public Input<string>? Arczonalshift { get; init; }

    /// <summary>The <c>athena</c> argument.</summary>
    [Input("athena")]
    public Input<string>? Athena { get; init; }

    /// <summary>The <c>auditmanager</c> argument.</summary>
    [Input("auditmanager")]
    public Input<string>? Auditmanager { get; init; }

    /// <summary>The <c>autoscaling</c> argument.</summary>
    [Input("autoscaling")]
    public Input<string>? Autoscaling { get; init; }

    /// <summary>The <c>autoscalingplans</c> argument.</summary>
    [Input("autoscalingplans")]
    public Input<string>? Autoscalingplans { get; init; }

    /// <summary>The <c>backup</c> argument.</summary>
    [Input("backup")]
    public Input<string>? Backup { get; init; }

    /// <summary>The <c>batch</c> argument.</summary>
    [Input("batch")]
    public Input<string>? Batch { get; init; }

    /// <summary>The <c>bcmdataexports</c> argument.</summary>
    [Input("bcmdataexports")]
    public Input<string>? Bcmdataexports { get; init; }

    /// <summary>The <c>beanstalk</c> argument.</summary>
    [Input("beanstalk")]
    public Input<string>? Beanstalk { get; init; }

    /// <summary>The <c>bedrock</c> argument.</summary>
    [Input("bedrock")]
    public Input<string>? Bedrock { get; init; }

    /// <summary>The <c>bedrockagent</c> argument.</summary>
    [Input("bedrockagent")]
    public Input<string>? Bedrockagent { get; init; }

    /// <summary>The <c>bedrockagentcore</c> argument.</summary>
    [Input("bedrockagentcore")]
    public Input<string>? Bedrockagentcore { get; init; }

    /// <summary>The <c>billing</c> argument.</summary>
    [Input("billing")]
    public Input<string>? Billing { get; init; }

    /// <summary>The <c>budgets</c> argument.</summary>
    [Input("budgets")]
    public Input<string>? Budgets { get; init; }

    /// <summary>The <c>ce</c> argument.</summary>
    [Input("ce")]
    public Input<string>? Ce { get; init; }

    /// <summary>The <c>chatbot</c> argument.</summary>
    [Input("chatbot")]
    public Input<string>? Chatbot { get; init; }

    /// <summary>The <c>chime</c> argument.</summary>
    [Input("chime")]
    public Input<string>? Chime { get; init; }

    /// <summary>The <c>chimesdkmediapipelines</c> argument.</summary>
    [Input("chimesdkmediapipelines")]
    public Input<string>? Chimesdkmediapipelines { get; init; }

    /// <summary>The <c>chimesdkvoice</c> argument.</summary>
    [Input("chimesdkvoice")]
    public Input<string>? Chimesdkvoice { get; init; }

    /// <summary>The <c>cleanrooms</c> argument.</summary>
    [Input("cleanrooms")]
    public Input<string>? Cleanrooms { get; init; }

    /// <summary>The <c>cloud9</c> argument.</summary>
    [Input("cloud9")]
    public Input<string>? Cloud9 { get; init; }

    /// <summary>The <c>cloudcontrol</c> argument.</summary>
    [Input("cloudcontrol")]
    public Input<string>? Cloudcontrol { get; init; }

    /// <summary>The <c>cloudcontrolapi</c> argument.</summary>
    [Input("cloudcontrolapi")]
    public Input<string>? Cloudcontrolapi { get; init; }

    /// <summary>The <c>cloudformation</c> argument.</summary>
    [Input("cloudformation")]
    public Input<string>? Cloudformation { get; init; }

    /// <summary>The <c>cloudfront</c> argument.</summary>
    [Input("cloudfront")]
    public Input<string>? Cloudfront { get; init; }

    /// <summary>The <c>cloudfrontkeyvaluestore</c> argument.</summary>
    [Input("cloudfrontkeyvaluestore")]
    public Input<string>? Cloudfrontkeyvaluestore { get; init; }

    /// <summary>The <c>cloudhsm</c> argument.</summary>
    [Input("cloudhsm")]
    public Input<string>? Cloudhsm { get; init; }

    /// <summary>The <c>cloudhsmv2</c> argument.</summary>
    [Input("cloudhsmv2")]
    public Input<string>? Cloudhsmv2 { get; init; }

    /// <summary>The <c>cloudsearch</c> argument.</summary>
    [Input("cloudsearch")]
    public Input<string>? Cloudsearch { get; init; }

    /// <summary>The <c>cloudtrail</c> argument.</summary>
    [Input("cloudtrail")]
    public Input<string>? Cloudtrail { get; init; }

    /// <summary>The <c>cloudwatch</c> argument.</summary>
    [Input("cloudwatch")]
    public Input<string>? Cloudwatch { get; init; }

    /// <summary>The <c>cloudwatchevents</c> argument.</summary>
    [Input("cloudwatchevents")]
    public Input<string>? Cloudwatchevents { get; init; }

    /// <summary>The <c>cloudwatchevidently</c> argument.</summary>
    [Input("cloudwatchevidently")]
    public Input<string>? Cloudwatchevidently { get; init; }

    /// <summary>The <c>cloudwatchlog</c> argument.</summary>
    [Input("cloudwatchlog")]
    public Input<string>? Cloudwatchlog { get; init; }

    /// <summary>The <c>cloudwatchlogs</c> argument.</summary>
    [Input("cloudwatchlogs")]
    public Input<string>? Cloudwatchlogs { get; init; }

    /// <summary>The <c>cloudwatchobservabilityaccessmanager</c> argument.</summary>
    [Input("cloudwatchobservabilityaccessmanager")]
    public Input<string>? Cloudwatchobservabilityaccessmanager { get; init; }

    /// <summary>The <c>cloudwatchrum</c> argument.</summary>
    [Input("cloudwatchrum")]
    public Input<string>? Cloudwatchrum { get; init; }

    /// <summary>The <c>codeartifact</c> argument.</summary>
    [Input("codeartifact")]
    public Input<string>? Codeartifact { get; init; }

    /// <summary>The <c>codebuild</c> argument.</summary>
    [Input("codebuild")]
    public Input<string>? Codebuild { get; init; }

    /// <summary>The <c>codecatalyst</c> argument.</summary>
    [Input("codecatalyst")]
    public Input<string>? Codecatalyst { get; init; }

    /// <summary>The <c>codecommit</c> argument.</summary>
    [Input("codecommit")]
    public Input<string>? Codecommit { get; init; }

    /// <summary>The <c>codeconnections</c> argument.</summary>
    [Input("codeconnections")]
    public Input<string>? Codeconnections { get; init; }

    /// <summary>The <c>codedeploy</c> argument.</summary>
    [Input("codedeploy")]
    public Input<string>? Codedeploy { get; init; }

    /// <summary>The <c>codeguruprofiler</c> argument.</summary>
    [Input("codeguruprofiler")]
    public Input<string>? Codeguruprofiler { get; init; }

    /// <summary>The <c>codegurureviewer</c> argument.</summary>
    [Input("codegurureviewer")]
    public Input<string>? Codegurureviewer { get; init; }

    /// <summary>The <c>codepipeline</c> argument.</summary>
    [Input("codepipeline")]
    public Input<string>? Codepipeline { get; init; }

    /// <summary>The <c>codestarconnections</c> argument.</summary>
    [Input("codestarconnections")]
    public Input<string>? Codestarconnections { get; init; }

    /// <summary>The <c>codestarnotifications</c> argument.</summary>
    [Input("codestarnotifications")]
    public Input<string>? Codestarnotifications { get; init; }

    /// <summary>The <c>cognitoidentity</c> argument.</summary>
    [Input("cognitoidentity")]
    public Input<string>? Cognitoidentity { get; init; }

    /// <summary>The <c>cognitoidentityprovider</c> argument.</summary>
    [Input("cognitoidentityprovider")]
    public Input<string>? Cognitoidentityprovider { get; init; }

    /// <summary>The <c>cognitoidp</c> argument.</summary>
    [Input("cognitoidp")]
    public Input<string>? Cognitoidp { get; init; }

    /// <summary>The <c>comprehend</c> argument.</summary>
    [Input("comprehend")]
    public Input<string>? Comprehend { get; init; }

    /// <summary>The <c>computeoptimizer</c> argument.</summary>
    [Input("computeoptimizer")]
    public Input<string>? Computeoptimizer { get; init; }

    /// <summary>The <c>config</c> argument.</summary>
    [Input("config")]
    public Input<string>? Config { get; init; }

    /// <summary>The <c>configservice</c> argument.</summary>
    [Input("configservice")]
    public Input<string>? Configservice { get; init; }

    /// <summary>The <c>connect</c> argument.</summary>
    [Input("connect")]
    public Input<string>? Connect { get; init; }

    /// <summary>The <c>connectcases</c> argument.</summary>
    [Input("connectcases")]
    public Input<string>? Connectcases { get; init; }

    /// <summary>The <c>controltower</c> argument.</summary>
    [Input("controltower")]
    public Input<string>? Controltower { get; init; }

    /// <summary>The <c>costandusagereportservice</c> argument.</summary>
    [Input("costandusagereportservice")]
    public Input<string>? Costandusagereportservice { get; init; }

    /// <summary>The <c>costexplorer</c> argument.</summary>
    [Input("costexplorer")]
    public Input<string>? Costexplorer { get; init; }

    /// <summary>The <c>costoptimizationhub</c> argument.</summary>
    [Input("costoptimizationhub")]
    public Input<string>? Costoptimizationhub { get; init; }

    /// <summary>The <c>cur</c> argument.</summary>
    [Input("cur")]
    public Input<string>? Cur { get; init; }

    /// <summary>The <c>customerprofiles</c> argument.</summary>
    [Input("customerprofiles")]
    public Input<string>? Customerprofiles { get; init; }

    /// <summary>The <c>databasemigration</c> argument.</summary>
    [Input("databasemigration")]
    public Input<string>? Databasemigration { get; init; }

    /// <summary>The <c>databasemigrationservice</c> argument.</summary>
    [Input("databasemigrationservice")]
    public Input<string>? Databasemigrationservice { get; init; }

    /// <summary>The <c>databrew</c> argument.</summary>
    [Input("databrew")]
    public Input<string>? Databrew { get; init; }

    /// <summary>The <c>dataexchange</c> argument.</summary>
    [Input("dataexchange")]
    public Input<string>? Dataexchange { get; init; }

    /// <summary>The <c>datapipeline</c> argument.</summary>
    [Input("datapipeline")]
    public Input<string>? Datapipeline { get; init; }

    /// <summary>The <c>datasync</c> argument.</summary>
    [Input("datasync")]
    public Input<string>? Datasync { get; init; }

    /// <summary>The <c>datazone</c> argument.</summary>
    [Input("datazone")]
    public Input<string>? Datazone { get; init; }

    /// <summary>The <c>dax</c> argument.</summary>
    [Input("dax")]
    public Input<string>? Dax { get; init; }

    /// <summary>The <c>deploy</c> argument.</summary>
    [Input("deploy")]
    public Input<string>? Deploy { get; init; }

    /// <summary>The <c>detective</c> argument.</summary>
    [Input("detective")]
    public Input<string>? Detective { get; init; }

    /// <summary>The <c>devicefarm</c> argument.</summary>
    [Input("devicefarm")]
    public Input<string>? Devicefarm { get; init; }

    /// <summary>The <c>devopsguru</c> argument.</summary>
    [Input("devopsguru")]
    public Input<string>? Devopsguru { get; init; }

    /// <summary>The <c>directconnect</c> argument.</summary>
    [Input("directconnect")]
    public Input<string>? Directconnect { get; init; }

    /// <summary>The <c>directoryservice</c> argument.</summary>
    [Input("directoryservice")]
    public Input<string>? Directoryservice { get; init; }

    /// <summary>The <c>dlm</c> argument.</summary>
    [Input("dlm")]
    public Input<string>? Dlm { get; init; }

    /// <summary>The <c>dms</c> argument.</summary>
    [Input("dms")]
    public Input<string>? Dms { get; init; }

    /// <summary>The <c>docdb</c> argument.</summary>
    [Input("docdb")]
    public Input<string>? Docdb { get; init; }

    /// <summary>The <c>docdbelastic</c> argument.</summary>
    [Input("docdbelastic")]
    public Input<string>? Docdbelastic { get; init; }

    /// <summary>The <c>drs</c> argument.</summary>
    [Input("drs")]
    public Input<string>? Drs { get; init; }

    /// <summary>The <c>ds</c> argument.</summary>
    [Input("ds")]
    public Input<string>? Ds { get; init; }

    /// <summary>The <c>dsql</c> argument.</summary>
    [Input("dsql")]
    public Input<string>? Dsql { get; init; }

    /// <summary>The <c>dynamodb</c> argument.</summary>
    [Input("dynamodb")]
    public Input<string>? Dynamodb { get; init; }

    /// <summary>The <c>ec2</c> argument.</summary>
    [Input("ec2")]
    public Input<string>? Ec2 { get; init; }

    /// <summary>The <c>ecr</c> argument.</summary>
    [Input("ecr")]
    public Input<string>? Ecr { get; init; }

    /// <summary>The <c>ecrpublic</c> argument.</summary>
    [Input("ecrpublic")]
    public Input<string>? Ecrpublic { get; init; }

    /// <summary>The <c>ecs</c> argument.</summary>
    [Input("ecs")]
    public Input<string>? Ecs { get; init; }

    /// <summary>The <c>efs</c> argument.</summary>
    [Input("efs")]
    public Input<string>? Efs { get; init; }

    /// <summary>The <c>eks</c> argument.</summary>
    [Input("eks")]
    public Input<string>? Eks { get; init; }

    /// <summary>The <c>elasticache</c> argument.</summary>
    [Input("elasticache")]
    public Input<string>? Elasticache { get; init; }

    /// <summary>The <c>elasticbeanstalk</c> argument.</summary>
    [Input("elasticbeanstalk")]
    public Input<string>? Elasticbeanstalk { get; init; }

    /// <summary>The <c>elasticloadbalancing</c> argument.</summary>
    [Input("elasticloadbalancing")]
    public Input<string>? Elasticloadbalancing { get; init; }

    /// <summary>The <c>elasticloadbalancingv2</c> argument.</summary>
    [Input("elasticloadbalancingv2")]
    public Input<string>? Elasticloadbalancingv2 { get; init; }

    /// <summary>The <c>elasticsearch</c> argument.</summary>
    [Input("elasticsearch")]
    public Input<string>? Elasticsearch { get; init; }

    /// <summary>The <c>elasticsearchservice</c> argument.</summary>
    [Input("elasticsearchservice")]
    public Input<string>? Elasticsearchservice { get; init; }

    /// <summary>The <c>elastictranscoder</c> argument.</summary>
    [Input("elastictranscoder")]
    public Input<string>? Elastictranscoder { get; init; }

    /// <summary>The <c>elb</c> argument.</summary>
    [Input("elb")]
    public Input<string>? Elb { get; init; }

    /// <summary>The <c>elbv2</c> argument.</summary>
    [Input("elbv2")]
    public Input<string>? Elbv2 { get; init; }

    /// <summary>The <c>emr</c> argument.</summary>
    [Input("emr")]
    public Input<string>? Emr { get; init; }

    /// <summary>The <c>emrcontainers</c> argument.</summary>
    [Input("emrcontainers")]
    public Input<string>? Emrcontainers { get; init; }

    /// <summary>The <c>emrserverless</c> argument.</summary>
    [Input("emrserverless")]
    public Input<string>? Emrserverless { get; init; }

    /// <summary>The <c>es</c> argument.</summary>
    [Input("es")]
    public Input<string>? Es { get; init; }

    /// <summary>The <c>eventbridge</c> argument.</summary>
    [Input("eventbridge")]
    public Input<string>? Eventbridge { get; init; }

    /// <summary>The <c>events</c> argument.</summary>
    [Input("events")]
    public Input<string>? Events { get; init; }

    /// <summary>The <c>evidently</c> argument.</summary>
    [Input("evidently")]
    public Input<string>? Evidently { get; init; }

    /// <summary>The <c>evs</c> argument.</summary>
    [Input("evs")]
    public Input<string>? Evs { get; init; }

    /// <summary>The <c>finspace</c> argument.</summary>
    [Input("finspace")]
    public Input<string>? Finspace { get; init; }

    /// <summary>The <c>firehose</c> argument.</summary>
    [Input("firehose")]
    public Input<string>? Firehose { get; init; }

    /// <summary>The <c>fis</c> argument.</summary>
    [Input("fis")]
    public Input<string>? Fis { get; init; }

    /// <summary>The <c>fms</c> argument.</summary>
    [Input("fms")]
    public Input<string>? Fms { get; init; }

    /// <summary>The <c>fsx</c> argument.</summary>
    [Input("fsx")]
    public Input<string>? Fsx { get; init; }

    /// <summary>The <c>gamelift</c> argument.</summary>
    [Input("gamelift")]
    public Input<string>? Gamelift { get; init; }

    /// <summary>The <c>glacier</c> argument.</summary>
    [Input("glacier")]
    public Input<string>? Glacier { get; init; }

    /// <summary>The <c>globalaccelerator</c> argument.</summary>
    [Input("globalaccelerator")]
    public Input<string>? Globalaccelerator { get; init; }

    /// <summary>The <c>glue</c> argument.</summary>
    [Input("glue")]
    public Input<string>? Glue { get; init; }

    /// <summary>The <c>gluedatabrew</c> argument.</summary>
    [Input("gluedatabrew")]
    public Input<string>? Gluedatabrew { get; init; }

    /// <summary>The <c>grafana</c> argument.</summary>
    [Input("grafana")]
    public Input<string>? Grafana { get; init; }

    /// <summary>The <c>greengrass</c> argument.</summary>
    [Input("greengrass")]
    public Input<string>? Greengrass { get; init; }

    /// <summary>The <c>groundstation</c> argument.</summary>
    [Input("groundstation")]
    public Input<string>? Groundstation { get; init; }

    /// <summary>The <c>guardduty</c> argument.</summary>
    [Input("guardduty")]
    public Input<string>? Guardduty { get; init; }

    /// <summary>The <c>healthlake</c> argument.</summary>
    [Input("healthlake")]
    public Input<string>? Healthlake { get; init; }

    /// <summary>The <c>iam</c> argument.</summary>
    [Input("iam")]
    public Input<string>? Iam { get; init; }

    /// <summary>The <c>identitystore</c> argument.</summary>
    [Input("identitystore")]
    public Input<string>? Identitystore { get; init; }

    /// <summary>The <c>imagebuilder</c> argument.</summary>
    [Input("imagebuilder")]
    public Input<string>? Imagebuilder { get; init; }

    /// <summary>The <c>inspector</c> argument.</summary>
    [Input("inspector")]
    public Input<string>? Inspector { get; init; }

    /// <summary>The <c>inspector2</c> argument.</summary>
    [Input("inspector2")]
    public Input<string>? Inspector2 { get; init; }

    /// <summary>The <c>inspectorv2</c> argument.</summary>
    [Input("inspectorv2")]
    public Input<string>? Inspectorv2 { get; init; }

    /// <summary>The <c>internetmonitor</c> argument.</summary>
    [Input("internetmonitor")]
    public Input<string>? Internetmonitor { get; init; }

    /// <summary>The <c>invoicing</c> argument.</summary>
    [Input("invoicing")]
    public Input<string>? Invoicing { get; init; }

    /// <summary>The <c>iot</c> argument.</summary>
    [Input("iot")]
    public Input<string>? Iot { get; init; }

    /// <summary>The <c>ivs</c> argument.</summary>
    [Input("ivs")]
    public Input<string>? Ivs { get; init; }

    /// <summary>The <c>ivschat</c> argument.</summary>
    [Input("ivschat")]
    public Input<string>? Ivschat { get; init; }

    /// <summary>The <c>kafka</c> argument.</summary>
    [Input("kafka")]
    public Input<string>? Kafka { get; init; }

    /// <summary>The <c>kafkaconnect</c> argument.</summary>
    [Input("kafkaconnect")]
    public Input<string>? Kafkaconnect { get; init; }

    /// <summary>The <c>kendra</c> argument.</summary>
    [Input("kendra")]
    public Input<string>? Kendra { get; init; }

    /// <summary>The <c>keyspaces</c> argument.</summary>
    [Input("keyspaces")]
    public Input<string>? Keyspaces { get; init; }

    /// <summary>The <c>kinesis</c> argument.</summary>
    [Input("kinesis")]
    public Input<string>? Kinesis { get; init; }

    /// <summary>The <c>kinesisanalytics</c> argument.</summary>
    [Input("kinesisanalytics")]
    public Input<string>? Kinesisanalytics { get; init; }

    /// <summary>The <c>kinesisanalyticsv2</c> argument.</summary>
    [Input("kinesisanalyticsv2")]
    public Input<string>? Kinesisanalyticsv2 { get; init; }

    /// <summary>The <c>kinesisvideo</c> argument.</summary>
    [Input("kinesisvideo")]
    public Input<string>? Kinesisvideo { get; init; }

    /// <summary>The <c>kms</c> argument.</summary>
    [Input("kms")]
    public Input<string>? Kms { get; init; }

    /// <summary>The <c>lakeformation</c> argument.</summary>
    [Input("lakeformation")]
    public Input<string>? Lakeformation { get; init; }

    /// <summary>The <c>lambda</c> argument.</summary>
    [Input("lambda")]
    public Input<string>? Lambda { get; init; }

    /// <summary>The <c>launchwizard</c> argument.</summary>
    [Input("launchwizard")]
    public Input<string>? Launchwizard { get; init; }

    /// <summary>The <c>lex</c> argument.</summary>
    [Input("lex")]
    public Input<string>? Lex { get; init; }

    /// <summary>The <c>lexmodelbuilding</c> argument.</summary>
    [Input("lexmodelbuilding")]
    public Input<string>? Lexmodelbuilding { get; init; }

    /// <summary>The <c>lexmodelbuildingservice</c> argument.</summary>
    [Input("lexmodelbuildingservice")]
    public Input<string>? Lexmodelbuildingservice { get; init; }

    /// <summary>The <c>lexmodels</c> argument.</summary>
    [Input("lexmodels")]
    public Input<string>? Lexmodels { get; init; }

    /// <summary>The <c>lexmodelsv2</c> argument.</summary>
    [Input("lexmodelsv2")]
    public Input<string>? Lexmodelsv2 { get; init; }

    /// <summary>The <c>lexv2models</c> argument.</summary>
    [Input("lexv2models")]
    public Input<string>? Lexv2models { get; init; }

    /// <summary>The <c>licensemanager</c> argument.</summary>
    [Input("licensemanager")]
    public Input<string>? Licensemanager { get; init; }

    /// <summary>The <c>lightsail</c> argument.</summary>
    [Input("lightsail")]
    public Input<string>? Lightsail { get; init; }

    /// <summary>The <c>location</c> argument.</summary>
    [Input("location")]
    public Input<string>? Location { get; init; }

    /// <summary>The <c>locationservice</c> argument.</summary>
    [Input("locationservice")]
    public Input<string>? Locationservice { get; init; }

    /// <summary>The <c>logs</c> argument.</summary>
    [Input("logs")]
    public Input<string>? Logs { get; init; }

    /// <summary>The <c>m2</c> argument.</summary>
    [Input("m2")]
    public Input<string>? M2 { get; init; }

    /// <summary>The <c>macie2</c> argument.</summary>
    [Input("macie2")]
    public Input<string>? Macie2 { get; init; }

    /// <summary>The <c>managedgrafana</c> argument.</summary>
    [Input("managedgrafana")]
    public Input<string>? Managedgrafana { get; init; }

    /// <summary>The <c>mediaconnect</c> argument.</summary>
    [Input("mediaconnect")]
    public Input<string>? Mediaconnect { get; init; }

    /// <summary>The <c>mediaconvert</c> argument.</summary>
    [Input("mediaconvert")]
    public Input<string>? Mediaconvert { get; init; }

    /// <summary>The <c>medialive</c> argument.</summary>
    [Input("medialive")]
    public Input<string>? Medialive { get; init; }

    /// <summary>The <c>mediapackage</c> argument.</summary>
    [Input("mediapackage")]
    public Input<string>? Mediapackage { get; init; }

    /// <summary>The <c>mediapackagev2</c> argument.</summary>
    [Input("mediapackagev2")]
    public Input<string>? Mediapackagev2 { get; init; }

    /// <summary>The <c>mediapackagevod</c> argument.</summary>
    [Input("mediapackagevod")]
    public Input<string>? Mediapackagevod { get; init; }

    /// <summary>The <c>mediastore</c> argument.</summary>
    [Input("mediastore")]
    public Input<string>? Mediastore { get; init; }

    /// <summary>The <c>memorydb</c> argument.</summary>
    [Input("memorydb")]
    public Input<string>? Memorydb { get; init; }

    /// <summary>The <c>mgn</c> argument.</summary>
    [Input("mgn")]
    public Input<string>? Mgn { get; init; }

    /// <summary>The <c>mq</c> argument.</summary>
    [Input("mq")]
    public Input<string>? Mq { get; init; }

    /// <summary>The <c>msk</c> argument.</summary>
    [Input("msk")]
    public Input<string>? Msk { get; init; }

    /// <summary>The <c>mwaa</c> argument.</summary>
    [Input("mwaa")]
    public Input<string>? Mwaa { get; init; }

    /// <summary>The <c>mwaaserverless</c> argument.</summary>
    [Input("mwaaserverless")]
    public Input<string>? Mwaaserverless { get; init; }

    /// <summary>The <c>neptune</c> argument.</summary>
    [Input("neptune")]
    public Input<string>? Neptune { get; init; }

    /// <summary>The <c>neptunegraph</c> argument.</summary>
    [Input("neptunegraph")]
    public Input<string>? Neptunegraph { get; init; }

    /// <summary>The <c>networkfirewall</c> argument.</summary>
    [Input("networkfirewall")]
    public Input<string>? Networkfirewall { get; init; }

    /// <summary>The <c>networkflowmonitor</c> argument.</summary>
    [Input("networkflowmonitor")]
    public Input<string>? Networkflowmonitor { get; init; }

    /// <summary>The <c>networkmanager</c> argument.</summary>
    [Input("networkmanager")]
    public Input<string>? Networkmanager { get; init; }

    /// <summary>The <c>networkmonitor</c> argument.</summary>
    [Input("networkmonitor")]
    public Input<string>? Networkmonitor { get; init; }

    /// <summary>The <c>notifications</c> argument.</summary>
    [Input("notifications")]
    public Input<string>? Notifications { get; init; }

    /// <summary>The <c>notificationscontacts</c> argument.</summary>
    [Input("notificationscontacts")]
    public Input<string>? Notificationscontacts { get; init; }

    /// <summary>The <c>oam</c> argument.</summary>
    [Input("oam")]
    public Input<string>? Oam { get; init; }

    /// <summary>The <c>observabilityadmin</c> argument.</summary>
    [Input("observabilityadmin")]
    public Input<string>? Observabilityadmin { get; init; }

    /// <summary>The <c>odb</c> argument.</summary>
    [Input("odb")]
    public Input<string>? Odb { get; init; }

    /// <summary>The <c>opensearch</c> argument.</summary>
    [Input("opensearch")]
    public Input<string>? Opensearch { get; init; }

    /// <summary>The <c>opensearchingestion</c> argument.</summary>
    [Input("opensearchingestion")]
    public Input<string>? Opensearchingestion { get; init; }

    /// <summary>The <c>opensearchserverless</c> argument.</summary>
    [Input("opensearchserverless")]
    public Input<string>? Opensearchserverless { get; init; }

    /// <summary>The <c>opensearchservice</c> argument.</summary>
    [Input("opensearchservice")]
    public Input<string>? Opensearchservice { get; init; }

    /// <summary>The <c>organizations</c> argument.</summary>
    [Input("organizations")]
    public Input<string>? Organizations { get; init; }

    /// <summary>The <c>osis</c> argument.</summary>
    [Input("osis")]
    public Input<string>? Osis { get; init; }

    /// <summary>The <c>outposts</c> argument.</summary>
    [Input("outposts")]
    public Input<string>? Outposts { get; init; }

    /// <summary>The <c>paymentcryptography</c> argument.</summary>
    [Input("paymentcryptography")]
    public Input<string>? Paymentcryptography { get; init; }

    /// <summary>The <c>pcaconnectorad</c> argument.</summary>
    [Input("pcaconnectorad")]
    public Input<string>? Pcaconnectorad { get; init; }

    /// <summary>The <c>pcs</c> argument.</summary>
    [Input("pcs")]
    public Input<string>? Pcs { get; init; }

    /// <summary>The <c>pinpoint</c> argument.</summary>
    [Input("pinpoint")]
    public Input<string>? Pinpoint { get; init; }

    /// <summary>The <c>pinpointsmsvoicev2</c> argument.</summary>
    [Input("pinpointsmsvoicev2")]
    public Input<string>? Pinpointsmsvoicev2 { get; init; }

    /// <summary>The <c>pipes</c> argument.</summary>
    [Input("pipes")]
    public Input<string>? Pipes { get; init; }

    /// <summary>The <c>polly</c> argument.</summary>
    [Input("polly")]
    public Input<string>? Polly { get; init; }

    /// <summary>The <c>pricing</c> argument.</summary>
    [Input("pricing")]
    public Input<string>? Pricing { get; init; }

    /// <summary>The <c>prometheus</c> argument.</summary>
    [Input("prometheus")]
    public Input<string>? Prometheus { get; init; }

    /// <summary>The <c>prometheusservice</c> argument.</summary>
    [Input("prometheusservice")]
    public Input<string>? Prometheusservice { get; init; }

    /// <summary>The <c>qbusiness</c> argument.</summary>
    [Input("qbusiness")]
    public Input<string>? Qbusiness { get; init; }

    /// <summary>The <c>qldb</c> argument.</summary>
    [Input("qldb")]
    public Input<string>? Qldb { get; init; }

    /// <summary>The <c>quicksight</c> argument.</summary>
    [Input("quicksight")]
    public Input<string>? Quicksight { get; init; }

    /// <summary>The <c>ram</c> argument.</summary>
    [Input("ram")]
    public Input<string>? Ram { get; init; }

    /// <summary>The <c>rbin</c> argument.</summary>
    [Input("rbin")]
    public Input<string>? Rbin { get; init; }

    /// <summary>The <c>rds</c> argument.</summary>
    [Input("rds")]
    public Input<string>? Rds { get; init; }

    /// <summary>The <c>rdsdata</c> argument.</summary>
    [Input("rdsdata")]
    public Input<string>? Rdsdata { get; init; }

    /// <summary>The <c>rdsdataservice</c> argument.</summary>
    [Input("rdsdataservice")]
    public Input<string>? Rdsdataservice { get; init; }

    /// <summary>The <c>recyclebin</c> argument.</summary>
    [Input("recyclebin")]
    public Input<string>? Recyclebin { get; init; }

    /// <summary>The <c>redshift</c> argument.</summary>
    [Input("redshift")]
    public Input<string>? Redshift { get; init; }

    /// <summary>The <c>redshiftdata</c> argument.</summary>
    [Input("redshiftdata")]
    public Input<string>? Redshiftdata { get; init; }

    /// <summary>The <c>redshiftdataapiservice</c> argument.</summary>
    [Input("redshiftdataapiservice")]
    public Input<string>? Redshiftdataapiservice { get; init; }

    /// <summary>The <c>redshiftserverless</c> argument.</summary>
    [Input("redshiftserverless")]
    public Input<string>? Redshiftserverless { get; init; }

    /// <summary>The <c>rekognition</c> argument.</summary>
    [Input("rekognition")]
    public Input<string>? Rekognition { get; init; }

    /// <summary>The <c>resiliencehub</c> argument.</summary>
    [Input("resiliencehub")]
    public Input<string>? Resiliencehub { get; init; }

    /// <summary>The <c>resourceexplorer2</c> argument.</summary>
    [Input("resourceexplorer2")]
    public Input<string>? Resourceexplorer2 { get; init; }

    /// <summary>The <c>resourcegroups</c> argument.</summary>
    [Input("resourcegroups")]
    public Input<string>? Resourcegroups { get; init; }

    /// <summary>The <c>resourcegroupstagging</c> argument.</summary>
    [Input("resourcegroupstagging")]
    public Input<string>? Resourcegroupstagging { get; init; }

    /// <summary>The <c>resourcegroupstaggingapi</c> argument.</summary>
    [Input("resourcegroupstaggingapi")]
    public Input<string>? Resourcegroupstaggingapi { get; init; }

    /// <summary>The <c>rolesanywhere</c> argument.</summary>
    [Input("rolesanywhere")]
    public Input<string>? Rolesanywhere { get; init; }

    /// <summary>The <c>route53</c> argument.</summary>
    [Input("route53")]
    public Input<string>? Route53 { get; init; }

    /// <summary>The <c>route53domains</c> argument.</summary>
    [Input("route53domains")]
    public Input<string>? Route53domains { get; init; }

    /// <summary>The <c>route53profiles</c> argument.</summary>
    [Input("route53profiles")]
    public Input<string>? Route53profiles { get; init; }

    /// <summary>The <c>route53recoverycontrolconfig</c> argument.</summary>
    [Input("route53recoverycontrolconfig")]
    public Input<string>? Route53recoverycontrolconfig { get; init; }

    /// <summary>The <c>route53recoveryreadiness</c> argument.</summary>
    [Input("route53recoveryreadiness")]
    public Input<string>? Route53recoveryreadiness { get; init; }

    /// <summary>The <c>route53resolver</c> argument.</summary>
    [Input("route53resolver")]
    public Input<string>? Route53resolver { get; init; }

    /// <summary>The <c>rum</c> argument.</summary>
    [Input("rum")]
    public Input<string>? Rum { get; init; }

    /// <summary>The <c>s3</c> argument.</summary>
    [Input("s3")]
    public Input<string>? S3 { get; init; }

    /// <summary>The <c>s3api</c> argument.</summary>
    [Input("s3api")]
    public Input<string>? S3api { get; init; }

    /// <summary>The <c>s3control</c> argument.</summary>
    [Input("s3control")]
    public Input<string>? S3control { get; init; }

    /// <summary>The <c>s3outposts</c> argument.</summary>
    [Input("s3outposts")]
    public Input<string>? S3outposts { get; init; }

    /// <summary>The <c>s3tables</c> argument.</summary>
    [Input("s3tables")]
    public Input<string>? S3tables { get; init; }

    /// <summary>The <c>s3vectors</c> argument.</summary>
    [Input("s3vectors")]
    public Input<string>? S3vectors { get; init; }

    /// <summary>The <c>sagemaker</c> argument.</summary>
    [Input("sagemaker")]
    public Input<string>? Sagemaker { get; init; }

    /// <summary>The <c>scheduler</c> argument.</summary>
    [Input("scheduler")]
    public Input<string>? Scheduler { get; init; }

    /// <summary>The <c>schemas</c> argument.</summary>
    [Input("schemas")]
    public Input<string>? Schemas { get; init; }

    /// <summary>The <c>secretsmanager</c> argument.</summary>
    [Input("secretsmanager")]
    public Input<string>? Secretsmanager { get; init; }

    /// <summary>The <c>securityhub</c> argument.</summary>
    [Input("securityhub")]
    public Input<string>? Securityhub { get; init; }

    /// <summary>The <c>securitylake</c> argument.</summary>
    [Input("securitylake")]
    public Input<string>? Securitylake { get; init; }

    /// <summary>The <c>serverlessapplicationrepository</c> argument.</summary>
    [Input("serverlessapplicationrepository")]
    public Input<string>? Serverlessapplicationrepository { get; init; }

    /// <summary>The <c>serverlessapprepo</c> argument.</summary>
    [Input("serverlessapprepo")]
    public Input<string>? Serverlessapprepo { get; init; }

    /// <summary>The <c>serverlessrepo</c> argument.</summary>
    [Input("serverlessrepo")]
    public Input<string>? Serverlessrepo { get; init; }

    /// <summary>The <c>servicecatalog</c> argument.</summary>
    [Input("servicecatalog")]
    public Input<string>? Servicecatalog { get; init; }

    /// <summary>The <c>servicecatalogappregistry</c> argument.</summary>
    [Input("servicecatalogappregistry")]
    public Input<string>? Servicecatalogappregistry { get; init; }

    /// <summary>The <c>servicediscovery</c> argument.</summary>
    [Input("servicediscovery")]
    public Input<string>? Servicediscovery { get; init; }

    /// <summary>The <c>servicequotas</c> argument.</summary>
    [Input("servicequotas")]
    public Input<string>? Servicequotas { get; init; }

    /// <summary>The <c>ses</c> argument.</summary>
    [Input("ses")]
    public Input<string>? Ses { get; init; }

    /// <summary>The <c>sesv2</c> argument.</summary>
    [Input("sesv2")]
    public Input<string>? Sesv2 { get; init; }

    /// <summary>The <c>sfn</c> argument.</summary>
    [Input("sfn")]
    public Input<string>? Sfn { get; init; }

    /// <summary>The <c>shield</c> argument.</summary>
    [Input("shield")]
    public Input<string>? Shield { get; init; }

    /// <summary>The <c>signer</c> argument.</summary>
    [Input("signer")]
    public Input<string>? Signer { get; init; }

    /// <summary>The <c>sns</c> argument.</summary>
    [Input("sns")]
    public Input<string>? Sns { get; init; }

    /// <summary>The <c>sqs</c> argument.</summary>
    [Input("sqs")]
    public Input<string>? Sqs { get; init; }

    /// <summary>The <c>ssm</c> argument.</summary>
    [Input("ssm")]
    public Input<string>? Ssm { get; init; }

    /// <summary>The <c>ssmcontacts</c> argument.</summary>
    [Input("ssmcontacts")]
    public Input<string>? Ssmcontacts { get; init; }

    /// <summary>The <c>ssmincidents</c> argument.</summary>
    [Input("ssmincidents")]
    public Input<string>? Ssmincidents { get; init; }

    /// <summary>The <c>ssmquicksetup</c> argument.</summary>
    [Input("ssmquicksetup")]
    public Input<string>? Ssmquicksetup { get; init; }

    /// <summary>The <c>ssmsap</c> argument.</summary>
    [Input("ssmsap")]
    public Input<string>? Ssmsap { get; init; }

    /// <summary>The <c>sso</c> argument.</summary>
    [Input("sso")]
    public Input<string>? Sso { get; init; }

    /// <summary>The <c>ssoadmin</c> argument.</summary>
    [Input("ssoadmin")]
    public Input<string>? Ssoadmin { get; init; }

    /// <summary>The <c>stepfunctions</c> argument.</summary>
    [Input("stepfunctions")]
    public Input<string>? Stepfunctions { get; init; }

    /// <summary>The <c>storagegateway</c> argument.</summary>
    [Input("storagegateway")]
    public Input<string>? Storagegateway { get; init; }

    /// <summary>The <c>sts</c> argument.</summary>
    [Input("sts")]
    public Input<string>? Sts { get; init; }

    /// <summary>The <c>swf</c> argument.</summary>
    [Input("swf")]
    public Input<string>? Swf { get; init; }

    /// <summary>The <c>synthetics</c> argument.</summary>
    [Input("synthetics")]
    public Input<string>? Synthetics { get; init; }

    /// <summary>The <c>taxsettings</c> argument.</summary>
    [Input("taxsettings")]
    public Input<string>? Taxsettings { get; init; }

    /// <summary>The <c>timestreaminfluxdb</c> argument.</summary>
    [Input("timestreaminfluxdb")]
    public Input<string>? Timestreaminfluxdb { get; init; }

    /// <summary>The <c>timestreamquery</c> argument.</summary>
    [Input("timestreamquery")]
    public Input<string>? Timestreamquery { get; init; }

    /// <summary>The <c>timestreamwrite</c> argument.</summary>
    [Input("timestreamwrite")]
    public Input<string>? Timestreamwrite { get; init; }

    /// <summary>The <c>transcribe</c> argument.</summary>
    [Input("transcribe")]
    public Input<string>? Transcribe { get; init; }

    /// <summary>The <c>transcribeservice</c> argument.</summary>
    [Input("transcribeservice")]
    public Input<string>? Transcribeservice { get; init; }

    /// <summary>The <c>transfer</c> argument.</summary>
    [Input("transfer")]
    public Input<string>? Transfer { get; init; }

    /// <summary>The <c>verifiedpermissions</c> argument.</summary>
    [Input("verifiedpermissions")]
    public Input<string>? Verifiedpermissions { get; init; }

    /// <summary>The <c>vpclattice</c> argument.</summary>
    [Input("vpclattice")]
    public Input<string>? Vpclattice { get; init; }

    /// <summary>The <c>waf</c> argument.</summary>
    [Input("waf")]
    public Input<string>? Waf { get; init; }

    /// <summary>The <c>wafregional</c> argument.</summary>
    [Input("wafregional")]
    public Input<string>? Wafregional { get; init; }

    /// <summary>The <c>wafv2</c> argument.</summary>
    [Input("wafv2")]
    public Input<string>? Wafv2 { get; init; }

    /// <summary>The <c>wellarchitected</c> argument.</summary>
    [Input("wellarchitected")]
    public Input<string>? Wellarchitected { get; init; }

    /// <summary>The <c>workmail</c> argument.</summary>
    [Input("workmail")]
    public Input<string>? Workmail { get; init; }

    /// <summary>The <c>workspaces</c> argument.</summary>
    [Input("workspaces")]
    public Input<string>? Workspaces { get; init; }

    /// <summary>The <c>workspacesweb</c> argument.</summary>
    [Input("workspacesweb")]
    public Input<string>? Workspacesweb { get; init; }

    /// <summary>The <c>xray</c> argument.</summary>
    [Input("xray")]
    public Input<string>? Xray { get; init; }
}

/// <summary>A <c>ignore_tags</c> block.</summary>
public sealed partial record AwsProviderIgnoreTags
{
    /// <summary>The <c>key_prefixes</c> argument.</summary>
    [Input("key_prefixes")]
    public IReadOnlyList<string>? KeyPrefixes { get; init; }

    /// <summary>The <c>keys</c> argument.</summary>
    [Input("keys")]
    public IReadOnlyList<string>? Keys { get; init; }
}
