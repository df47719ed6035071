namespace Infra.Configuration;

/// <summary>The retention periods, in days, that CloudWatch Logs accepts for a log group (any other value is refused by the API).</summary>
public static class CloudWatchLogRetention
{
    /// <summary>Every accepted retention, ascending.</summary>
    public static readonly IReadOnlyList<int> Days =
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    /// <summary>True when CloudWatch Logs accepts <paramref name="days"/>.</summary>
    public static bool IsValid(int days) => Days.Contains(days);

    /// <summary>The accepted values just below and just above <paramref name="days"/> (one at either end of the list).</summary>
    public static IReadOnlyList<int> Nearest(int days)
    {
        var below = Days.LastOrDefault(d => d < days);
        var above = Days.FirstOrDefault(d => d > days);
        return new[] { below, above }.Where(d => d > 0).ToList();
    }
}
