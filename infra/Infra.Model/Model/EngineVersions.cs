namespace Infra.Model;

/// <summary>
/// The engine versions every stack runs, in one place: Terraform itself and each provider package. The provider
/// versions are the ones the committed schema extracts (infra/Schemas) describe, so what the tests check the output
/// against is what applies it; a test compares this table with the extracts.
/// </summary>
public static class EngineVersions
{
    /// <summary>The Terraform version every workflow installs and every root requires.</summary>
    public const string Terraform = "1.11.4";

    /// <summary>Every provider package, by package name in ordinal order.</summary>
    public static IReadOnlyList<ProviderPin> Providers { get; } =
    [
        // @pulumi/aws 7.14.0 is the bridge release whose field sets match hashicorp/aws 6.25.0 (infra/Schemas/SOURCES.md).
        new("aws", "hashicorp/aws", "6.25.0", "7.14.0"),

        // @pulumi/github 6.10.1 has the same field sets as integrations/github 6.9.0 for every type used here.
        new("github", "integrations/github", "6.9.0", "6.10.1"),

        // @pulumi/random 4.21.2 bridges hashicorp/random 3.7.2.
        new("random", "hashicorp/random", "3.7.2", "4.21.2"),
    ];

    /// <summary>The pin of <paramref name="package"/>.</summary>
    /// <exception cref="InfraException">The package has no pin.</exception>
    public static ProviderPin Provider(string package) =>
        Providers.FirstOrDefault(p => p.Package == package)
        ?? throw new InfraException(
            $"provider package '{package}' has no pinned version: add it to EngineVersions.Providers (infra/Infra.Model/Model/EngineVersions.cs) with the versions its schema extract describes.",
            ExitCodes.BadInput);
}
