namespace Infra.Deploy.GitHub;

/// <summary>
/// Deployment records in GitHub, only those <c>infra deploy</c> made (task <see cref="Task"/>, payload marker),
/// never the ones GitHub creates for every job that names an environment.
/// </summary>
public interface IDeploymentRecords
{
    /// <summary>The task name that marks our records.</summary>
    const string Task = "deploy:infra";

    /// <summary>The newest successful record of <paramref name="commit"/> with that artifact in <paramref name="environment"/>, or null.</summary>
    Task<DeploymentRecord?> FindSuccessfulAsync(string environment, string commit, string artifactSha256, CancellationToken cancellationToken);

    /// <summary>Creates an in-progress record; returns its id.</summary>
    Task<long> StartAsync(string environment, string commit, string artifactSha256, string description, CancellationToken cancellationToken);

    /// <summary>Creates an in-progress record of a rollback (kind <c>rollback</c>, no artifact); returns its id.</summary>
    Task<long> StartRollbackAsync(string environment, string commit, string description, CancellationToken cancellationToken);

    /// <summary>Sets the record's final state and the versions it put live.</summary>
    Task FinishAsync(long id, bool success, string description, IReadOnlyDictionary<string, string> versions, CancellationToken cancellationToken);

    /// <summary>Our newest records in <paramref name="environment"/>, newest first.</summary>
    Task<IReadOnlyList<DeploymentRecord>> ListAsync(string environment, int count, CancellationToken cancellationToken);
}
