// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (github_repository) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A GitHub repository (<c>github_repository</c>).</summary>
public sealed class Repository : CustomResource<RepositoryArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public Repository(string name, RepositoryArgs args, ResourceOptions? options = null)
        : base("github_repository", "github:index/repository:Repository", name, args, options)
    {
    }

    /// <summary>The <c>full_name</c> attribute.</summary>
    public Output<string> FullName => Attribute("full_name");

    /// <summary>The <c>git_clone_url</c> attribute.</summary>
    public Output<string> GitCloneUrl => Attribute("git_clone_url");

    /// <summary>The <c>html_url</c> attribute.</summary>
    public Output<string> HtmlUrl => Attribute("html_url");

    /// <summary>The <c>http_clone_url</c> attribute.</summary>
    public Output<string> HttpCloneUrl => Attribute("http_clone_url");

    /// <summary>The <c>node_id</c> attribute.</summary>
    public Output<string> NodeId => Attribute("node_id");

    /// <summary>The <c>primary_language</c> attribute.</summary>
    public Output<string> PrimaryLanguage => Attribute("primary_language");

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> RepositoryName => Attribute("name");

    /// <summary>The <c>ssh_clone_url</c> attribute.</summary>
    public Output<string> SshCloneUrl => Attribute("ssh_clone_url");

    /// <summary>The <c>svn_url</c> attribute.</summary>
    public Output<string> SvnUrl => Attribute("svn_url");
}

/// <summary>Inputs of <see cref="Repository"/>.</summary>
public sealed partial record RepositoryArgs
{
    /// <summary>Auto-merge allowed once the requirements are met.</summary>
    [Input("allow_auto_merge")]
    public bool? AllowAutoMerge { get; init; }

    /// <summary>Merge commits allowed.</summary>
    [Input("allow_merge_commit")]
    public bool? AllowMergeCommit { get; init; }

    /// <summary>Rebase merges allowed.</summary>
    [Input("allow_rebase_merge")]
    public bool? AllowRebaseMerge { get; init; }

    /// <summary>Squash merges allowed.</summary>
    [Input("allow_squash_merge")]
    public bool? AllowSquashMerge { get; init; }

    /// <summary>The <c>allow_update_branch</c> argument.</summary>
    [Input("allow_update_branch")]
    public bool? AllowUpdateBranch { get; init; }

    /// <summary>Archive instead of delete when the resource is destroyed.</summary>
    [Input("archive_on_destroy")]
    public bool? ArchiveOnDestroy { get; init; }

    /// <summary>The <c>archived</c> argument.</summary>
    [Input("archived")]
    public bool? Archived { get; init; }

    /// <summary>The <c>auto_init</c> argument.</summary>
    [Input("auto_init")]
    public bool? AutoInit { get; init; }

    /// <summary>The <c>default_branch</c> argument.</summary>
    [Input("default_branch")]
    public Input<string>? DefaultBranch { get; init; }

    /// <summary>Delete head branches after merge.</summary>
    [Input("delete_branch_on_merge")]
    public bool? DeleteBranchOnMerge { get; init; }

    /// <summary>The one-line description.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>The <c>etag</c> argument.</summary>
    [Input("etag")]
    public Input<string>? Etag { get; init; }

    /// <summary>The <c>fork</c> argument.</summary>
    [Input("fork")]
    public Input<string>? Fork { get; init; }

    /// <summary>The <c>gitignore_template</c> argument.</summary>
    [Input("gitignore_template")]
    public Input<string>? GitignoreTemplate { get; init; }

    /// <summary>The <c>has_discussions</c> argument.</summary>
    [Input("has_discussions")]
    public bool? HasDiscussions { get; init; }

    /// <summary>The <c>has_downloads</c> argument.</summary>
    [Input("has_downloads")]
    public bool? HasDownloads { get; init; }

    /// <summary>Issues enabled.</summary>
    [Input("has_issues")]
    public bool? HasIssues { get; init; }

    /// <summary>Projects enabled.</summary>
    [Input("has_projects")]
    public bool? HasProjects { get; init; }

    /// <summary>The wiki enabled.</summary>
    [Input("has_wiki")]
    public bool? HasWiki { get; init; }

    /// <summary>The <c>homepage_url</c> argument.</summary>
    [Input("homepage_url")]
    public Input<string>? HomepageUrl { get; init; }

    /// <summary>The <c>ignore_vulnerability_alerts_during_read</c> argument.</summary>
    [Input("ignore_vulnerability_alerts_during_read")]
    public bool? IgnoreVulnerabilityAlertsDuringRead { get; init; }

    /// <summary>The <c>is_template</c> argument.</summary>
    [Input("is_template")]
    public bool? IsTemplate { get; init; }

    /// <summary>The <c>license_template</c> argument.</summary>
    [Input("license_template")]
    public Input<string>? LicenseTemplate { get; init; }

    /// <summary>The <c>merge_commit_message</c> argument.</summary>
    [Input("merge_commit_message")]
    public Input<string>? MergeCommitMessage { get; init; }

    /// <summary>The <c>merge_commit_title</c> argument.</summary>
    [Input("merge_commit_title")]
    public Input<string>? MergeCommitTitle { get; init; }

    /// <summary>The repository name (without owner).</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>pages</c> block.</summary>
    [Input("pages")]
    public RepositoryPages? Pages { get; init; }

    /// <summary>The <c>private</c> argument.</summary>
    [Input("private")]
    public bool? Private { get; init; }

    /// <summary>The <c>security_and_analysis</c> block.</summary>
    [Input("security_and_analysis")]
    public RepositorySecurityAndAnalysis? SecurityAndAnalysis { get; init; }

    /// <summary>The <c>source_owner</c> argument.</summary>
    [Input("source_owner")]
    public Input<string>? SourceOwner { get; init; }

    /// <summary>The <c>source_repo</c> argument.</summary>
    [Input("source_repo")]
    public Input<string>? SourceRepo { get; init; }

    /// <summary>The <c>squash_merge_commit_message</c> argument.</summary>
    [Input("squash_merge_commit_message")]
    public Input<string>? SquashMergeCommitMessage { get; init; }

    /// <summary>The <c>squash_merge_commit_title</c> argument.</summary>
    [Input("squash_merge_commit_title")]
    public Input<string>? SquashMergeCommitTitle { get; init; }

    /// <summary>The <c>template</c> block.</summary>
    [Input("template")]
    public RepositoryTemplate? Template { get; init; }

    /// <summary>Topics shown on the repository page.</summary>
    [Input("topics")]
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary><c>private</c>, <c>internal</c> or <c>public</c>.</summary>
    [Input("visibility")]
    public required string Visibility { get; init; }

    /// <summary>Dependabot security alerts (provider 6.12 and later move this to its own resource).</summary>
    [Input("vulnerability_alerts")]
    public bool? VulnerabilityAlerts { get; init; }

    /// <summary>The <c>web_commit_signoff_required</c> argument.</summary>
    [Input("web_commit_signoff_required")]
    public bool? WebCommitSignoffRequired { get; init; }
}

/// <summary>A <c>source</c> block.</summary>
public sealed partial record RepositoryPagesSource
{
    /// <summary>The <c>branch</c> argument.</summary>
    [Input("branch")]
    public required Input<string> Branch { get; init; }

    /// <summary>The <c>path</c> argument.</summary>
    [Input("path")]
    public Input<string>? Path { get; init; }
}

/// <summary>A <c>pages</c> block.</summary>
public sealed partial record RepositoryPages
{
    /// <summary>The <c>build_type</c> argument.</summary>
    [Input("build_type")]
    public Input<string>? BuildType { get; init; }

    /// <summary>The <c>cname</c> argument.</summary>
    [Input("cname")]
    public Input<string>? Cname { get; init; }

    /// <summary>The <c>source</c> block.</summary>
    [Input("source")]
    public RepositoryPagesSource? Source { get; init; }
}

/// <summary>A <c>advanced_security</c> block.</summary>
public sealed partial record RepositorySecurityAndAnalysisAdvancedSecurity
{
    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public required Input<string> Status { get; init; }
}

/// <summary>A <c>code_security</c> block.</summary>
public sealed partial record RepositorySecurityAndAnalysisCodeSecurity
{
    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public required Input<string> Status { get; init; }
}

/// <summary>A <c>secret_scanning</c> block.</summary>
public sealed partial record RepositorySecurityAndAnalysisSecretScanning
{
    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public required Input<string> Status { get; init; }
}

/// <summary>A <c>secret_scanning_ai_detection</c> block.</summary>
public sealed partial record RepositorySecurityAndAnalysisSecretScanningAiDetection
{
    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public required Input<string> Status { get; init; }
}

/// <summary>A <c>secret_scanning_non_provider_patterns</c> block.</summary>
public sealed partial record RepositorySecurityAndAnalysisSecretScanningNonProviderPatterns
{
    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public required Input<string> Status { get; init; }
}

/// <summary>A <c>secret_scanning_push_protection</c> block.</summary>
public sealed partial record RepositorySecurityAndAnalysisSecretScanningPushProtection
{
    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public required Input<string> Status { get; init; }
}

/// <summary>A <c>security_and_analysis</c> block.</summary>
public sealed partial record RepositorySecurityAndAnalysis
{
    /// <summary>The <c>advanced_security</c> block.</summary>
    [Input("advanced_security")]
    public RepositorySecurityAndAnalysisAdvancedSecurity? AdvancedSecurity { get; init; }

    /// <summary>The <c>code_security</c> block.</summary>
    [Input("code_security")]
    public RepositorySecurityAndAnalysisCodeSecurity? CodeSecurity { get; init; }

    /// <summary>The <c>secret_scanning</c> block.</summary>
    [Input("secret_scanning")]
    public RepositorySecurityAndAnalysisSecretScanning? SecretScanning { get; init; }

    /// <summary>The <c>secret_scanning_ai_detection</c> block.</summary>
    [Input("secret_scanning_ai_detection")]
    public RepositorySecurityAndAnalysisSecretScanningAiDetection? SecretScanningAiDetection { get; init; }

    /// <summary>The <c>secret_scanning_non_provider_patterns</c> block.</summary>
    [Input("secret_scanning_non_provider_patterns")]
    public RepositorySecurityAndAnalysisSecretScanningNonProviderPatterns? SecretScanningNonProviderPatterns { get; init; }

    /// <summary>The <c>secret_scanning_push_protection</c> block.</summary>
    [Input("secret_scanning_push_protection")]
    public RepositorySecurityAndAnalysisSecretScanningPushProtection? SecretScanningPushProtection { get; init; }
}

/// <summary>A <c>template</c> block.</summary>
public sealed partial record RepositoryTemplate
{
    /// <summary>The <c>include_all_branches</c> argument.</summary>
    [Input("include_all_branches")]
    public bool? IncludeAllBranches { get; init; }

    /// <summary>The <c>owner</c> argument.</summary>
    [Input("owner")]
    public required Input<string> Owner { get; init; }

    /// <summary>The <c>repository</c> argument.</summary>
    [Input("repository")]
    public required Input<string> Repository { get; init; }
}
