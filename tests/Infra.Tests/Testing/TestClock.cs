using Microsoft.Extensions.Time.Testing;

namespace Infra.Tests.Testing;

/// <summary>The clock command-line tests hand the CLI: a fake one, so that no verdict depends on the day the tests run.</summary>
public static class TestClock
{
    /// <summary>The day the clock shows unless a test sets another.</summary>
    public static readonly DateOnly Day = new(2026, 6, 1);

    /// <summary>A fresh fake clock at <paramref name="time"/> (UTC) on <paramref name="day"/>: by default noon on <see cref="Day"/>.</summary>
    public static FakeTimeProvider On(DateOnly? day = null, TimeOnly? time = null) =>
        new(new DateTimeOffset((day ?? Day).ToDateTime(time ?? new TimeOnly(12, 0)), TimeSpan.Zero));
}
