namespace Infra.Deploy;

/// <summary>One run of <c>infra rollback</c>.</summary>
/// <param name="Target">The stack.</param>
/// <param name="Commit">The commit the rollback record is made against (the workflow's commit).</param>
/// <param name="To">
/// The version to go back to: null for each service's previous version, one version number for every service, or
/// <c>function=version</c> pairs separated by commas.
/// </param>
/// <param name="Apply">Move the aliases (<c>--yes</c>); without it the run only says what it would do.</param>
public sealed record RollbackRequest(StackTarget Target, string Commit, string? To, bool Apply)
{
    /// <summary>The version named for <paramref name="function"/> by <see cref="To"/>, or null when none is.</summary>
    public string? NamedVersion(string function)
    {
        if (To is null)
        {
            return null;
        }

        if (!To.Contains('=', StringComparison.Ordinal))
        {
            return To;
        }

        return Pairs().TryGetValue(function, out var version) ? version : null;
    }

    /// <summary>
    /// Checks the syntax of <see cref="To"/> and, unless <paramref name="functions"/> is null, that each named function
    /// is one of them; exit 2 otherwise.
    /// </summary>
    public void CheckTo(IReadOnlyCollection<string>? functions)
    {
        if (To is null)
        {
            return;
        }

        var versions = To.Contains('=', StringComparison.Ordinal) ? Pairs() : new Dictionary<string, string> { [string.Empty] = To };
        foreach (var (function, version) in versions)
        {
            if (!long.TryParse(version, out var number) || number < 1)
            {
                throw new InfraException($"--to '{To}': '{version}' is not a published Lambda version. Pass a version number (e.g. --to 6) or function=version pairs (e.g. --to {functions?.FirstOrDefault() ?? "<function>"}=6).", ExitCodes.BadInput);
            }

            if (functions is not null && function.Length > 0 && !functions.Contains(function))
            {
                throw new InfraException($"--to '{To}': stack '{Target.Stack}' has no Lambda service '{function}'. Its services: {string.Join(", ", functions)}.", ExitCodes.BadInput);
            }
        }
    }

    private Dictionary<string, string> Pairs() =>
        To!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal);
}
