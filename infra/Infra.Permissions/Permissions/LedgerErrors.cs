namespace Infra.Permissions;

/// <summary>Every ledger error message, in one place, each naming the file, the line, the field and the fix.</summary>
public static class LedgerErrors
{
    /// <summary>A YAML syntax error.</summary>
    public static InfraException Malformed(string file, long line, long column, string detail) =>
        new($"{file}:{line}:{column}: malformed YAML ({detail}): fix the syntax at that line. The ledger was not changed.");

    /// <summary>A field with a bad or missing value.</summary>
    public static InfraException Invalid(string file, long line, string field, string problem, string fix) =>
        new($"{file}:{line}: '{field}' {problem}: {fix}. The ledger was not changed.");

    /// <summary>The ledger file does not exist.</summary>
    public static InfraException Missing(string file, string role) =>
        new($"{file}: no evidence ledger for role '{role}': check the role's spelling, or create the file with 'role: {role}' and 'grants: []'.");
}
