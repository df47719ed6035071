namespace Infra.Configuration;

/// <summary>Every config error message, in one place, each naming the file, the key and the fix.</summary>
public static class ConfigErrors
{
    /// <summary><c>Pulumi.yaml</c> is not in the repository root.</summary>
    public static InfraException MissingProjectFile() =>
        new($"{ProjectFile.FileName}: not found. Run the command from the repository (or pass --root) so that {ProjectFile.FileName} and Pulumi.<stack>.yaml are found.");

    /// <summary>A YAML syntax error.</summary>
    public static InfraException Malformed(string file, long line, long column, string detail) =>
        new($"{file}:{line}:{column}: malformed YAML ({detail}). Fix the syntax at that line; nothing was written.");

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

    /// <summary>A stack name that <c>Pulumi.yaml</c> does not declare; <paramref name="known"/> in promotion order.</summary>
    public static InfraException UnknownStack(string stack, IEnumerable<string> known) =>
        new($"Pulumi.{stack}.yaml: no such stack '{stack}'. Known stacks: {string.Join(", ", known)}; pass one of them to --stack.");

    /// <summary>A declared stack whose file is gone: an error, so that the set of stacks never silently shrinks.</summary>
    public static InfraException MissingStackFile(string file, string stacksKey, IEnumerable<string> declared) =>
        new($"{file}: not found, but '{stacksKey}' in {ProjectFile.FileName} declares the stacks {string.Join(", ", declared)}: restore the file (git checkout -- {file}), or remove the stack from '{stacksKey}'. Nothing was written.");

    /// <summary>A stack file whose stack <c>Pulumi.yaml</c> does not declare.</summary>
    public static InfraException UndeclaredStackFile(string file, string stack, string stacksKey, IEnumerable<string> declared) =>
        new($"{file}: stack '{stack}' is not declared in '{stacksKey}' of {ProjectFile.FileName} ({string.Join(", ", declared)}): add it there in promotion order, or remove the file. Nothing was written.");
}
