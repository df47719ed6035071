using Infra.Model;

namespace Infra.Configuration;

/// <summary>Every config error message, in one place, each naming the file, the key and the fix.</summary>
public static class ConfigErrors
{
    /// <summary><c>Pulumi.yaml</c> is not in the repository root.</summary>
    public static InfraException MissingProjectFile() =>
        new($"{ProjectFile.FileName}: not found. Run the command from the repository (or pass --root) so that {ProjectFile.FileName} and Pulumi.<stack>.yaml are found.");

    /// <summary>A YAML syntax error.</summary>
    public static InfraException Malformed(string file, long line, string detail) =>
        new($"{file}:{line}: malformed YAML ({detail}). Fix the syntax at that line; nothing was written.");

    /// <summary>A key with a bad or missing value.</summary>
    public static InfraException Invalid(string file, string key, string problem, string fix) =>
        new($"{file}: '{key}' {problem}: {fix}. Nothing was written.");

    /// <summary>A required key without a value and without a default.</summary>
    public static InfraException Missing(string file, string key, string example) =>
        new($"{file}: '{key}' is missing: add it under 'config:', e.g. '{key}: {example}'. Nothing was written.");

    /// <summary>A project-namespace key that <c>Pulumi.yaml</c> does not declare.</summary>
    public static InfraException Undeclared(string file, string key, string? suggestion) =>
        new($"{file}: '{key}' is not declared in {ProjectFile.FileName}" +
            (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)") +
            $": fix the key's spelling, or declare it under 'config:' in {ProjectFile.FileName} with its type. Nothing was written.");

    /// <summary>A stack name with no config file.</summary>
    public static InfraException UnknownStack(string stack, IEnumerable<string> known) =>
        new($"Pulumi.{stack}.yaml: no such stack '{stack}'. Known stacks: {string.Join(", ", known)}; pass one of them to --stack.");
}
