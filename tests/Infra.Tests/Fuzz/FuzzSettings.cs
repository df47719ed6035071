using System.Globalization;
using CsCheck;

namespace Infra.Tests.Fuzz;

/// <summary>
/// How long and from where a fuzz test runs. By default a fixed seed and a small count, so that the normal test run
/// is deterministic and fast; <c>INFRA_FUZZ_ITERATIONS</c> (cases per test) and <c>INFRA_FUZZ_SEED</c> (a seed a
/// failure printed, or <c>random</c>) run it longer or replay a case; <c>INFRA_FUZZ_SHRINK</c> is how many smaller
/// cases are tried per distinct failure.
/// </summary>
/// <param name="Seed">The seed of the first case (a CsCheck PCG seed string).</param>
/// <param name="Iterations">How many cases to run.</param>
/// <param name="ShrinkTries">How many smaller variants to try per distinct failure.</param>
public sealed record FuzzSettings(string Seed, int Iterations, int ShrinkTries)
{
    /// <summary>The settings for a test whose default seed number and case count are given.</summary>
    public static FuzzSettings For(ulong defaultSeed, int defaultIterations)
    {
        var seed = Environment.GetEnvironmentVariable("INFRA_FUZZ_SEED") switch
        {
            null or "" => new PCG(1, defaultSeed).ToString(),
            "random" => new PCG(1, (ulong)DateTime.UtcNow.Ticks).ToString(),
            var given => given,
        };
        return new FuzzSettings(seed, Number("INFRA_FUZZ_ITERATIONS", defaultIterations), Number("INFRA_FUZZ_SHRINK", 3));
    }

    private static int Number(string variable, int fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new ArgumentException($"{variable}={text}: not a whole number.")
            : fallback;
}
