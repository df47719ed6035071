using System.Text.RegularExpressions;

namespace Infra.Components;

/// <summary>
/// The names this project gives GitHub environments. Stricter than GitHub (which allows up to 255 characters and
/// URL-encodes others): letters, digits, '.', '_' and '-', because the name also ends the OIDC subject
/// (<c>...:environment:NAME</c>, where ':' separates fields) and a workflow that names a missing environment creates
/// an unprotected one, so names must survive being copied into YAML unchanged.
/// </summary>
public static partial class GitHubNames
{
    /// <summary>The longest environment name GitHub accepts.</summary>
    public const int MaxEnvironmentLength = 255;

    /// <summary>True when <paramref name="name"/> is an environment name this project accepts.</summary>
    public static bool IsValidEnvironment(string name) => name.Length <= MaxEnvironmentLength && EnvironmentPattern().IsMatch(name);

    /// <summary>Throws when <paramref name="name"/> is not a valid environment name.</summary>
    /// <param name="argument">The argument being checked, for the message.</param>
    /// <param name="name">The name.</param>
    public static string RequireEnvironment(string argument, string name) => IsValidEnvironment(name)
        ? name
        : throw new ArgumentException($"{argument} is '{name}', which is not a usable GitHub environment name: use 1-{MaxEnvironmentLength} letters, digits, '.', '_' or '-' (no spaces, '/' or ':').", argument);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex EnvironmentPattern();
}
