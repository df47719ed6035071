using Infra.Configuration;
using Infra.Model;

namespace Infra.Resources.GitHub;

// The hand-written half of the provider's app_auth block (the generated half, in GitHubProvider.g.cs, holds its
// inputs): a GitHub App's id, its installation id and its private key, each a sensitive variable (Terraform
// TF_VAR_github_app_*, Pulumi secret config), never a value in code or config.
public sealed partial record GitHubAppAuth
{
    /// <summary>The config key of the App id.</summary>
    public const string IdKey = "githubAppId";

    /// <summary>The config key of the installation id.</summary>
    public const string InstallationIdKey = "githubAppInstallationId";

    /// <summary>The config key of the App's private key (PEM text).</summary>
    public const string PemKey = "githubAppPem";

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
