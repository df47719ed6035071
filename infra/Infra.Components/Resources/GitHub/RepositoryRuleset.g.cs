// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (github_repository_ruleset) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A repository ruleset (<c>github_repository_ruleset</c>): rules on the branches or tags it targets. (<c>github_repository_ruleset</c>).</summary>
public sealed class RepositoryRuleset : CustomResource<RepositoryRulesetArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public RepositoryRuleset(string name, RepositoryRulesetArgs args, ResourceOptions? options = null)
        : base("github_repository_ruleset", "github:index/repositoryRuleset:RepositoryRuleset", name, args, options)
    {
    }

    /// <summary>The <c>etag</c> attribute.</summary>
    public Output<string> Etag => Attribute("etag");

    /// <summary>The <c>node_id</c> attribute.</summary>
    public Output<string> NodeId => Attribute("node_id");
}

/// <summary>Inputs of <see cref="RepositoryRuleset"/>.</summary>
public sealed partial record RepositoryRulesetArgs
{
    /// <summary>The <c>bypass_actors</c> blocks.</summary>
    [Input("bypass_actors")]
    public IReadOnlyList<RepositoryRulesetBypassActors>? BypassActors { get; init; }

    /// <summary>Which refs the rules apply to.</summary>
    [Input("conditions")]
    public required RulesetConditions Conditions { get; init; }

    /// <summary><c>active</c>, <c>evaluate</c> or <c>disabled</c>.</summary>
    [Input("enforcement")]
    public required string Enforcement { get; init; }

    /// <summary>The ruleset's name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required Input<string> Repository { get; init; }

    /// <summary>The rules.</summary>
    [Input("rules")]
    public required RulesetRules Rules { get; init; }

    /// <summary><c>branch</c> or <c>tag</c>.</summary>
    [Input("target")]
    public required string Target { get; init; }
}

/// <summary>A <c>bypass_actors</c> block.</summary>
public sealed partial record RepositoryRulesetBypassActors
{
    /// <summary>The <c>actor_id</c> argument.</summary>
    [Input("actor_id")]
    public int? ActorId { get; init; }

    /// <summary>The <c>actor_type</c> argument.</summary>
    [Input("actor_type")]
    public required Input<string> ActorType { get; init; }

    /// <summary>The <c>bypass_mode</c> argument.</summary>
    [Input("bypass_mode")]
    public required Input<string> BypassMode { get; init; }
}

/// <summary>The refs included and excluded.</summary>
public sealed partial record RulesetRefName
{
    /// <summary>Refs excluded again.</summary>
    [Input("exclude", Pulumi = "excludes")]
    public required IReadOnlyList<string> Exclude { get; init; }

    /// <summary>The refs the ruleset applies to.</summary>
    [Input("include", Pulumi = "includes")]
    public required IReadOnlyList<string> Include { get; init; }
}

/// <summary>Which refs the rules apply to.</summary>
public sealed partial record RulesetConditions
{
    /// <summary>The refs included and excluded.</summary>
    [Input("ref_name")]
    public required RulesetRefName RefName { get; init; }
}

/// <summary>A <c>branch_name_pattern</c> block.</summary>
public sealed partial record RulesetRulesBranchNamePattern
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public Input<string>? Name { get; init; }

    /// <summary>The <c>negate</c> argument.</summary>
    [Input("negate")]
    public bool? Negate { get; init; }

    /// <summary>The <c>operator</c> argument.</summary>
    [Input("operator")]
    public required Input<string> Operator { get; init; }

    /// <summary>The <c>pattern</c> argument.</summary>
    [Input("pattern")]
    public required Input<string> Pattern { get; init; }
}

/// <summary>A <c>commit_author_email_pattern</c> block.</summary>
public sealed partial record RulesetRulesCommitAuthorEmailPattern
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public Input<string>? Name { get; init; }

    /// <summary>The <c>negate</c> argument.</summary>
    [Input("negate")]
    public bool? Negate { get; init; }

    /// <summary>The <c>operator</c> argument.</summary>
    [Input("operator")]
    public required Input<string> Operator { get; init; }

    /// <summary>The <c>pattern</c> argument.</summary>
    [Input("pattern")]
    public required Input<string> Pattern { get; init; }
}

/// <summary>A <c>commit_message_pattern</c> block.</summary>
public sealed partial record RulesetRulesCommitMessagePattern
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public Input<string>? Name { get; init; }

    /// <summary>The <c>negate</c> argument.</summary>
    [Input("negate")]
    public bool? Negate { get; init; }

    /// <summary>The <c>operator</c> argument.</summary>
    [Input("operator")]
    public required Input<string> Operator { get; init; }

    /// <summary>The <c>pattern</c> argument.</summary>
    [Input("pattern")]
    public required Input<string> Pattern { get; init; }
}

/// <summary>A <c>committer_email_pattern</c> block.</summary>
public sealed partial record RulesetRulesCommitterEmailPattern
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public Input<string>? Name { get; init; }

    /// <summary>The <c>negate</c> argument.</summary>
    [Input("negate")]
    public bool? Negate { get; init; }

    /// <summary>The <c>operator</c> argument.</summary>
    [Input("operator")]
    public required Input<string> Operator { get; init; }

    /// <summary>The <c>pattern</c> argument.</summary>
    [Input("pattern")]
    public required Input<string> Pattern { get; init; }
}

/// <summary>A <c>file_extension_restriction</c> block.</summary>
public sealed partial record RulesetRulesFileExtensionRestriction
{
    /// <summary>The <c>restricted_file_extensions</c> argument.</summary>
    [Input("restricted_file_extensions")]
    public required IReadOnlyList<string> RestrictedFileExtensions { get; init; }
}

/// <summary>A <c>file_path_restriction</c> block.</summary>
public sealed partial record RulesetRulesFilePathRestriction
{
    /// <summary>The <c>restricted_file_paths</c> argument.</summary>
    [Input("restricted_file_paths")]
    public required IReadOnlyList<string> RestrictedFilePaths { get; init; }
}

/// <summary>A <c>max_file_path_length</c> block.</summary>
public sealed partial record RulesetRulesMaxFilePathLength
{
    /// <summary>The <c>max_file_path_length</c> argument.</summary>
    [Input("max_file_path_length")]
    public required int MaxFilePathLength { get; init; }
}

/// <summary>A <c>max_file_size</c> block.</summary>
public sealed partial record RulesetRulesMaxFileSize
{
    /// <summary>The <c>max_file_size</c> argument.</summary>
    [Input("max_file_size")]
    public required int MaxFileSize { get; init; }
}

/// <summary>A <c>merge_queue</c> block.</summary>
public sealed partial record RulesetRulesMergeQueue
{
    /// <summary>The <c>check_response_timeout_minutes</c> argument.</summary>
    [Input("check_response_timeout_minutes")]
    public int? CheckResponseTimeoutMinutes { get; init; }

    /// <summary>The <c>grouping_strategy</c> argument.</summary>
    [Input("grouping_strategy")]
    public Input<string>? GroupingStrategy { get; init; }

    /// <summary>The <c>max_entries_to_build</c> argument.</summary>
    [Input("max_entries_to_build")]
    public int? MaxEntriesToBuild { get; init; }

    /// <summary>The <c>max_entries_to_merge</c> argument.</summary>
    [Input("max_entries_to_merge")]
    public int? MaxEntriesToMerge { get; init; }

    /// <summary>The <c>merge_method</c> argument.</summary>
    [Input("merge_method")]
    public Input<string>? MergeMethod { get; init; }

    /// <summary>The <c>min_entries_to_merge</c> argument.</summary>
    [Input("min_entries_to_merge")]
    public int? MinEntriesToMerge { get; init; }

    /// <summary>The <c>min_entries_to_merge_wait_minutes</c> argument.</summary>
    [Input("min_entries_to_merge_wait_minutes")]
    public int? MinEntriesToMergeWaitMinutes { get; init; }
}

/// <summary>Require a pull request, with reviews.</summary>
public sealed partial record RulesetPullRequest
{
    /// <summary>A new push dismisses earlier approvals.</summary>
    [Input("dismiss_stale_reviews_on_push")]
    public bool? DismissStaleReviewsOnPush { get; init; }

    /// <summary>Files with a CODEOWNERS entry need an owner's approval.</summary>
    [Input("require_code_owner_review")]
    public bool? RequireCodeOwnerReview { get; init; }

    /// <summary>The last push must be approved by someone other than its author.</summary>
    [Input("require_last_push_approval")]
    public bool? RequireLastPushApproval { get; init; }

    /// <summary>Approving reviews needed before merge.</summary>
    [Input("required_approving_review_count")]
    public int? RequiredApprovingReviewCount { get; init; }

    /// <summary>Every review thread must be resolved.</summary>
    [Input("required_review_thread_resolution")]
    public bool? RequiredReviewThreadResolution { get; init; }
}

/// <summary>A <c>required_code_scanning_tool</c> block.</summary>
public sealed partial record RulesetRulesRequiredCodeScanningRequiredCodeScanningTool
{
    /// <summary>The <c>alerts_threshold</c> argument.</summary>
    [Input("alerts_threshold")]
    public required Input<string> AlertsThreshold { get; init; }

    /// <summary>The <c>security_alerts_threshold</c> argument.</summary>
    [Input("security_alerts_threshold")]
    public required Input<string> SecurityAlertsThreshold { get; init; }

    /// <summary>The <c>tool</c> argument.</summary>
    [Input("tool")]
    public required Input<string> Tool { get; init; }
}

/// <summary>A <c>required_code_scanning</c> block.</summary>
public sealed partial record RulesetRulesRequiredCodeScanning
{
    /// <summary>The <c>required_code_scanning_tool</c> blocks.</summary>
    [Input("required_code_scanning_tool", Pulumi = "requiredCodeScanningTools")]
    public required IReadOnlyList<RulesetRulesRequiredCodeScanningRequiredCodeScanningTool> RequiredCodeScanningTools { get; init; }
}

/// <summary>A <c>required_deployments</c> block.</summary>
public sealed partial record RulesetRulesRequiredDeployments
{
    /// <summary>The <c>required_deployment_environments</c> argument.</summary>
    [Input("required_deployment_environments")]
    public required IReadOnlyList<string> RequiredDeploymentEnvironments { get; init; }
}

/// <summary>The checks that must pass.</summary>
public sealed partial record RulesetRequiredCheck
{
    /// <summary>The check's context, e.g. the job name <c>ci</c>.</summary>
    [Input("context")]
    public required string Context { get; init; }

    /// <summary>The <c>integration_id</c> argument.</summary>
    [Input("integration_id")]
    public int? IntegrationId { get; init; }
}

/// <summary>Require status checks to pass.</summary>
public sealed partial record RulesetRequiredStatusChecks
{
    /// <summary>The <c>do_not_enforce_on_create</c> argument.</summary>
    [Input("do_not_enforce_on_create")]
    public bool? DoNotEnforceOnCreate { get; init; }

    /// <summary>The checks that must pass.</summary>
    [Input("required_check", Pulumi = "requiredChecks")]
    public required IReadOnlyList<RulesetRequiredCheck> RequiredChecks { get; init; }

    /// <summary>The branch must be up to date with its base before merge.</summary>
    [Input("strict_required_status_checks_policy")]
    public bool? Strict { get; init; }
}

/// <summary>A <c>tag_name_pattern</c> block.</summary>
public sealed partial record RulesetRulesTagNamePattern
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public Input<string>? Name { get; init; }

    /// <summary>The <c>negate</c> argument.</summary>
    [Input("negate")]
    public bool? Negate { get; init; }

    /// <summary>The <c>operator</c> argument.</summary>
    [Input("operator")]
    public required Input<string> Operator { get; init; }

    /// <summary>The <c>pattern</c> argument.</summary>
    [Input("pattern")]
    public required Input<string> Pattern { get; init; }
}

/// <summary>The rules.</summary>
public sealed partial record RulesetRules
{
    /// <summary>The <c>branch_name_pattern</c> block.</summary>
    [Input("branch_name_pattern")]
    public RulesetRulesBranchNamePattern? BranchNamePattern { get; init; }

    /// <summary>The <c>commit_author_email_pattern</c> block.</summary>
    [Input("commit_author_email_pattern")]
    public RulesetRulesCommitAuthorEmailPattern? CommitAuthorEmailPattern { get; init; }

    /// <summary>The <c>commit_message_pattern</c> block.</summary>
    [Input("commit_message_pattern")]
    public RulesetRulesCommitMessagePattern? CommitMessagePattern { get; init; }

    /// <summary>The <c>committer_email_pattern</c> block.</summary>
    [Input("committer_email_pattern")]
    public RulesetRulesCommitterEmailPattern? CommitterEmailPattern { get; init; }

    /// <summary>The <c>creation</c> argument.</summary>
    [Input("creation")]
    public bool? Creation { get; init; }

    /// <summary>Refuse deleting a matching ref.</summary>
    [Input("deletion")]
    public bool? Deletion { get; init; }

    /// <summary>The <c>file_extension_restriction</c> block.</summary>
    [Input("file_extension_restriction")]
    public RulesetRulesFileExtensionRestriction? FileExtensionRestriction { get; init; }

    /// <summary>The <c>file_path_restriction</c> block.</summary>
    [Input("file_path_restriction")]
    public RulesetRulesFilePathRestriction? FilePathRestriction { get; init; }

    /// <summary>The <c>max_file_path_length</c> block.</summary>
    [Input("max_file_path_length")]
    public RulesetRulesMaxFilePathLength? MaxFilePathLength { get; init; }

    /// <summary>The <c>max_file_size</c> block.</summary>
    [Input("max_file_size")]
    public RulesetRulesMaxFileSize? MaxFileSize { get; init; }

    /// <summary>The <c>merge_queue</c> block.</summary>
    [Input("merge_queue")]
    public RulesetRulesMergeQueue? MergeQueue { get; init; }

    /// <summary>Refuse force pushes.</summary>
    [Input("non_fast_forward")]
    public bool? NonFastForward { get; init; }

    /// <summary>Require a pull request, with reviews.</summary>
    [Input("pull_request")]
    public RulesetPullRequest? PullRequest { get; init; }

    /// <summary>The <c>required_code_scanning</c> block.</summary>
    [Input("required_code_scanning")]
    public RulesetRulesRequiredCodeScanning? RequiredCodeScanning { get; init; }

    /// <summary>The <c>required_deployments</c> block.</summary>
    [Input("required_deployments")]
    public RulesetRulesRequiredDeployments? RequiredDeployments { get; init; }

    /// <summary>The <c>required_linear_history</c> argument.</summary>
    [Input("required_linear_history")]
    public bool? RequiredLinearHistory { get; init; }

    /// <summary>The <c>required_signatures</c> argument.</summary>
    [Input("required_signatures")]
    public bool? RequiredSignatures { get; init; }

    /// <summary>Require status checks to pass.</summary>
    [Input("required_status_checks")]
    public RulesetRequiredStatusChecks? RequiredStatusChecks { get; init; }

    /// <summary>The <c>tag_name_pattern</c> block.</summary>
    [Input("tag_name_pattern")]
    public RulesetRulesTagNamePattern? TagNamePattern { get; init; }

    /// <summary>The <c>update</c> argument.</summary>
    [Input("update")]
    public bool? Update { get; init; }

    /// <summary>The <c>update_allows_fetch_and_merge</c> argument.</summary>
    [Input("update_allows_fetch_and_merge")]
    public bool? UpdateAllowsFetchAndMerge { get; init; }
}
