namespace Infra.Tests.Deploy.Support;

/// <summary>Sets environment variables for one test and puts the old values back afterwards.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> previous = [];

    public EnvironmentScope(IReadOnlyDictionary<string, string?> values)
    {
        foreach (var (name, value) in values)
        {
            previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>
    /// No AWS credentials anywhere the SDK looks: no keys in the environment, empty profile files under
    /// <paramref name="emptyFolder"/>, no web identity, no container or instance metadata; plus <paramref name="extra"/>.
    /// </summary>
    public static EnvironmentScope WithoutAwsCredentials(string emptyFolder, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = null,
            ["AWS_SECRET_ACCESS_KEY"] = null,
            ["AWS_SESSION_TOKEN"] = null,
            ["AWS_PROFILE"] = "nobody",
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(emptyFolder, "credentials"),
            ["AWS_CONFIG_FILE"] = Path.Combine(emptyFolder, "config"),
            ["AWS_WEB_IDENTITY_TOKEN_FILE"] = null,
            ["AWS_ROLE_ARN"] = null,
            ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] = null,
            ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = null,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new EnvironmentScope(values);
    }

    public void Dispose()
    {
        foreach (var (name, value) in previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
