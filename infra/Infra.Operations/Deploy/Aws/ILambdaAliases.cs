namespace Infra.Deploy.Aws;

/// <summary>The Lambda calls the deploy verbs make: read and move an alias, invoke it.</summary>
public interface ILambdaAliases
{
    /// <summary>The version <paramref name="alias"/> of <paramref name="function"/> points to.</summary>
    Task<string> GetAliasVersionAsync(string function, string alias, CancellationToken cancellationToken);

    /// <summary>Points <paramref name="alias"/> at <paramref name="version"/> with all traffic (the rollback path).</summary>
    Task UpdateAliasAsync(string function, string alias, string version, CancellationToken cancellationToken);

    /// <summary>The function's published version numbers (never <c>$LATEST</c>), oldest first.</summary>
    Task<IReadOnlyList<string>> ListVersionsAsync(string function, CancellationToken cancellationToken);

    /// <summary>Invokes <paramref name="function"/> at <paramref name="qualifier"/> synchronously with <paramref name="payload"/>.</summary>
    Task<LambdaInvokeResult> InvokeAsync(string function, string qualifier, string payload, CancellationToken cancellationToken);
}
