namespace Infra.Workflows.Definitions;

/// <summary>Where the once-per-commit Lambda packages live in a workflow, and what their stored artifact is called.</summary>
public static class LambdaArtifact
{
    /// <summary>The artifact's name before the commit SHA.</summary>
    public const string NamePrefix = "lambda-packages-";

    /// <summary>The folder the bundle and its hash are stored from and downloaded to.</summary>
    public const string Directory = ".build/artifact";

    /// <summary>The bundle of every service's zip: the artifact <c>infra deploy</c> and <c>infra promote</c> hash.</summary>
    public const string Bundle = Directory + "/lambda-packages.zip";

    /// <summary>Where the generated roots read each service's zip.</summary>
    public const string PackageDirectory = ".build/lambda";
}
