using Infra.App;
using Infra.Components;
using Infra.Permissions;

namespace Infra.Benchmarks;

/// <summary>
/// The platform program with more services per stack, for the synth benchmark and the tests that need a large graph:
/// composed from the program's public API (<see cref="PlatformProgram.AddServices"/> and
/// <see cref="PlatformProgram.Ledgers"/>), nothing of it in the product. The services <c>service-1..N</c> are clones of
/// the product API (its arguments under another name, reserving no concurrency and declaring no smoke check).
/// </summary>
public static class ScaledPlatform
{
    /// <summary>The service each synthetic one clones.</summary>
    public const string ClonedService = "product-api";

    /// <summary>The platform program with <paramref name="services"/> synthetic services added to each stack's main root.</summary>
    public static PlatformProgram With(int services)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(services);
        var program = new PlatformProgram();
        return services == 0 ? program : new PlatformProgram
        {
            AddServices = platform => AddClones(platform, services),
            Ledgers = (repositoryRoot, role) => WithCloneGrants(program.Ledgers(repositoryRoot, role)),
        };
    }

    private static void AddClones(PlatformContext platform, int services)
    {
        var cloned = platform.Root.Find(ClonedService) as LambdaService
            ?? throw new InvalidOperationException($"{platform.Root.Name} has no service '{ClonedService}' to clone: the scaled platform clones it.");

        // A clone keeps no name or package of the original: both follow from its own name.
        var args = cloned.Args with { FunctionName = null, PackagePath = null, ReservedConcurrency = null, SmokeChecks = [] };
        for (var i = 1; i <= services; i++)
        {
            _ = new LambdaService($"service-{i}", args, platform.InMain);
        }
    }

    // The clones are granted in memory only: each grant on the cloned service is repeated once with a name pattern, so
    // IAM-COVERAGE judges every clone as it judges the original, against policies whose size does not grow with N.
    private static EvidenceLedger WithCloneGrants(EvidenceLedger ledger) => ledger.WithGrants(ledger.Grants
        .Where(g => g.Resource.Contains(ClonedService, StringComparison.Ordinal))
        .Select(g => g with
        {
            Resource = g.Resource.Replace(ClonedService, "service-*", StringComparison.Ordinal),
            Evidence = $"Synth benchmark only: the synthetic services are clones of the product API. {g.Justification}",
            Required = null,
            Line = 0,
        }));
}
