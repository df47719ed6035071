using Infra.Configuration;
using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>
/// The provider's <c>app_auth</c> block: a GitHub App's id, its installation id and its private key, each a
/// sensitive variable (Terraform <c>TF_VAR_github_app_*</c>, Pulumi secret config), never a value in code or config.
/// </summary>
public sealed record GitHubAppAuth
{
    /// <summary>The config key of the App id.</summary>
    public const string IdKey = "githubAppId";

    /// <summary>The config key of the installation id.</summary>
    public const string InstallationIdKey = "githubAppInstallationId";

    /// <summary>The config key of the App's private key (PEM text).</summary>
    public const string PemKey = "githubAppPem";

    /// <summary>The App id.</summary>
    [Input("id")]
    public required Input<string> Id { get; init; }

    /// <summary>The installation id of the App on the owner.</summary>
    [Input("installation_id")]
    public required Input<string> InstallationId { get; init; }

    /// <summary>The App's private key, PEM text (not a path).</summary>
    [Input("pem_file")]
    public required Input<string> PemFile { get; init; }

    /// <summary>
    /// The three values as sensitive variables of <paramref name="config"/>'s project. A stack file may hold them as
    /// <c>secure:</c> values (for Pulumi); when it does not, Terraform still reads them from <c>TF_VAR_...</c>.
    /// </summary>
    public static GitHubAppAuth FromConfig(StackConfig config) => new()
    {
        Id = Secret(config, IdKey),
        InstallationId = Secret(config, InstallationIdKey),
        PemFile = Secret(config, PemKey),
    };

    private static Output<string> Secret(StackConfig config, string key) =>
        config.GetSecret(key) ?? new Output<string>(new SecretVariable(Names.SnakeCase(key), $"{config.Project}:{key}"));
}
