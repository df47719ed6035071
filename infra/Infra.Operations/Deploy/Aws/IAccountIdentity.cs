namespace Infra.Deploy.Aws;

/// <summary>Asks AWS who the current credentials belong to.</summary>
public interface IAccountIdentity
{
    /// <summary>Calls STS GetCallerIdentity at the regional endpoint of <paramref name="region"/>.</summary>
    Task<CallerIdentity> GetCallerIdentityAsync(string region, CancellationToken cancellationToken);
}
