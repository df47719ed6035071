namespace Infra.Configuration;

/// <summary>
/// How many items each list key may hold: the limit of what it configures where the provider documents one, else
/// the project's own limit. Checked at load, so that an absurd list fails at once instead of after minutes of work.
/// </summary>
public static class ConfigListLimits
{
    /// <summary>The project's limit for a list whose provider documents none (README, config reference).</summary>
    public const int ProjectLimit = 50;

    /// <summary>GitHub lists at most 6 required reviewers (users or teams) on one environment.</summary>
    public const int GitHubEnvironmentReviewers = 6;

    private static readonly IReadOnlyDictionary<string, (int Max, string Reason)> Documented = new Dictionary<string, (int, string)>(StringComparer.Ordinal)
    {
        ["environmentReviewers"] = (GitHubEnvironmentReviewers, "GitHub accepts at most 6 required reviewers per environment"),
        ["approvalReviewers1"] = (GitHubEnvironmentReviewers, "GitHub accepts at most 6 required reviewers per environment"),
        ["approvalReviewers2"] = (GitHubEnvironmentReviewers, "GitHub accepts at most 6 required reviewers per environment"),
    };

    /// <summary>The limit of the list key <paramref name="name"/> (without namespace) and why.</summary>
    public static (int Max, string Reason) For(string name) =>
        Documented.TryGetValue(name, out var limit)
            ? limit
            : (ProjectLimit, $"the project's limit for a list is {ProjectLimit}");
}
