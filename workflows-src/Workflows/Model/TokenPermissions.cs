namespace Infra.Workflows.Model;

/// <summary>The <c>GITHUB_TOKEN</c> scopes a job gets; every scope not named is <c>none</c>.</summary>
public sealed record TokenPermissions
{
    /// <summary>Read access to a scope.</summary>
    public const string Read = "read";

    /// <summary>Write access to a scope (implies read).</summary>
    public const string Write = "write";

    private TokenPermissions(IReadOnlyDictionary<string, string> scopes)
    {
        Scopes = scopes;
    }

    /// <summary>No permission at all (<c>permissions: {}</c>).</summary>
    public static TokenPermissions None { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Only <c>contents: read</c>, to check out the repository.</summary>
    public static TokenPermissions ContentsRead { get; } = None.With("contents", Read);

    /// <summary>The scopes granted, sorted by name.</summary>
    public IReadOnlyDictionary<string, string> Scopes { get; }

    /// <summary>These permissions plus <paramref name="scope"/> at <paramref name="level"/>.</summary>
    public TokenPermissions With(string scope, string level) =>
        new(new SortedDictionary<string, string>(Scopes.ToDictionary(), StringComparer.Ordinal) { [scope] = level });

    /// <summary>True when <paramref name="scope"/> is granted at <paramref name="level"/> or above.</summary>
    public bool Allows(string scope, string level) =>
        Scopes.TryGetValue(scope, out var granted) && (granted == Write || granted == level);
}
