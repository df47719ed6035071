using System.Text.RegularExpressions;

namespace Infra.Rules;

/// <summary>
/// The secret-looking patterns shared by rule LAMBDA-SECRETS (environment values) and the repository scan of
/// <c>infra check</c> (tracked files), so that both refuse the same things.
/// </summary>
public static partial class SecretPatterns
{
    /// <summary>The named patterns, each matched against a value or a line of a file.</summary>
    public static IReadOnlyList<(string Kind, Regex Pattern)> Patterns { get; } =
    [
        ("an AWS access key id", AwsAccessKeyId()),
        ("an AWS secret access key", AwsSecretKey()),
        ("a private key", PrivateKey()),
        ("a GitHub token", GitHubToken()),
        ("a Slack token", SlackToken()),
        ("a Stripe live key", StripeKey()),
        ("a Google API key", GoogleApiKey()),
        ("a password assignment", PasswordAssignment()),
    ];

    /// <summary>The kind of secret <paramref name="value"/> looks like, or null.</summary>
    /// <param name="name">The variable's name: a 40-character base64 value under a name saying SECRET is an AWS secret key.</param>
    /// <param name="value">The literal value.</param>
    public static string? Match(string name, string value)
    {
        if (MatchLine(value) is { } kind)
        {
            return kind;
        }

        if (name.Contains("SECRET", StringComparison.OrdinalIgnoreCase) && Base64Of40().IsMatch(value))
        {
            return "an AWS secret access key";
        }

        return value.Length >= 20 && !value.Contains(' ', StringComparison.Ordinal) && Entropy(value) >= 4.0 && HasMixedClasses(value)
            ? "a high-entropy string (a key or token)"
            : null;
    }

    /// <summary>The kind of secret a line of a file holds, or null (no entropy check: files hold hashes and ids).</summary>
    public static string? MatchLine(string line) => Patterns.FirstOrDefault(p => p.Pattern.IsMatch(line)).Kind;

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value) =>
        -value.GroupBy(c => c).Select(g => (double)g.Count() / value.Length).Sum(p => p * Math.Log2(p));

    private static bool HasMixedClasses(string value) =>
        value.Any(char.IsUpper) && value.Any(char.IsLower) && value.Any(char.IsDigit);

    [GeneratedRegex(@"\b(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsAccessKeyId();

    [GeneratedRegex(@"(?i)(aws_?secret_?access_?key|secret_?access_?key|aws_?secret)[""']?\s*[:=]\s*[""']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])")]
    private static partial Regex AwsSecretKey();

    [GeneratedRegex(@"-----BEGIN ((RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b((ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\b")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[baprs]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\b[rs]k_live_[0-9a-zA-Z]{24,}")]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z\-_]{35}\b")]
    private static partial Regex GoogleApiKey();

    // A quoted literal after a password-like name; a reference or placeholder ("${...}", "<...>") is not a secret.
    [GeneratedRegex(@"(?i)\b(password|passwd|pwd|client_?secret)[""']?\s*[:=]\s*[""'](?![$<{])[^""'\s]{6,}[""']")]
    private static partial Regex PasswordAssignment();

    [GeneratedRegex(@"^[A-Za-z0-9/+]{40}$")]
    private static partial Regex Base64Of40();
}
