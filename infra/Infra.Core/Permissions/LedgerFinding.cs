namespace Infra.Permissions;

/// <summary>A problem with one ledger entry, found by a rule: the file, the line, the action and what to do.</summary>
/// <param name="File">The ledger file as shown to the user.</param>
/// <param name="Line">The entry's line (1-based).</param>
/// <param name="Action">The action of the entry.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record LedgerFinding(string File, int Line, string Action, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Action}: {Message}";
}
