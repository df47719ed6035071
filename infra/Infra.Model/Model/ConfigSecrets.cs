using Infra.Configuration;

namespace Infra.Model;

/// <summary>
/// A stack's <c>secure:</c> config values as outputs: config only finds the key, and the graph holds the secret as a
/// sensitive variable the engine reads at run time.
/// </summary>
public static class ConfigSecrets
{
    /// <summary>
    /// A <c>secure:</c> value as a sensitive variable the engine reads at run time; null when unset.
    /// The ciphertext is never decrypted and never written out.
    /// </summary>
    public static Output<string>? GetSecret(this StackConfig config, string key) =>
        config.SecureKey(key) is { } full ? Variable(full) : null;

    /// <summary>A <c>secure:</c> value; throws when unset.</summary>
    public static Output<string> RequireSecret(this StackConfig config, string key) => Variable(config.RequireSecureKey(key));

    private static Output<string> Variable(string full) => new(new SecretVariable(Names.SnakeCase(full[(full.IndexOf(':') + 1)..]), full));
}
