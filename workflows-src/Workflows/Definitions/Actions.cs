namespace Infra.Workflows.Definitions;

/// <summary>The actions the workflows use, each pinned to a major version in one place.</summary>
public static class Actions
{
    /// <summary>Checks out the repository.</summary>
    public const string Checkout = "actions/checkout@v4";

    /// <summary>Installs the .NET SDK named by global.json.</summary>
    public const string SetupDotnet = "actions/setup-dotnet@v4";

    /// <summary>Installs Terraform, which the infra verbs drive.</summary>
    public const string SetupTerraform = "hashicorp/setup-terraform@v3";

    /// <summary>Stores a file set with the run.</summary>
    public const string UploadArtifact = "actions/upload-artifact@v4";

    /// <summary>Fetches a stored file set, also from another run.</summary>
    public const string DownloadArtifact = "actions/download-artifact@v4";

    /// <summary>Assumes an AWS role with the job's OIDC token.</summary>
    public const string ConfigureAwsCredentials = "aws-actions/configure-aws-credentials@v6";

    /// <summary>Creates or updates one pull-request comment, found by its hidden header marker.</summary>
    public const string StickyComment = "marocchino/sticky-pull-request-comment@v2";

    /// <summary>Mints a short-lived GitHub App installation token (for what <c>GITHUB_TOKEN</c> must not do).</summary>
    public const string CreateGitHubAppToken = "actions/create-github-app-token@v2";

    /// <summary>Uploads SARIF findings to code scanning.</summary>
    public const string UploadSarif = "github/codeql-action/upload-sarif@v3";
}
