namespace Infra.Deploy.Aws;

/// <summary>The CodeDeploy calls that shift a Lambda alias between versions under the deployment group's alarms.</summary>
public interface ICodeDeploy
{
    /// <summary>Starts a deployment of <paramref name="appSpec"/> (AppSpec JSON); returns its id.</summary>
    Task<string> CreateDeploymentAsync(string application, string deploymentGroup, string appSpec, string description, CancellationToken cancellationToken);

    /// <summary>Waits until the deployment ends; returns its final status (<c>Succeeded</c>, <c>Failed</c>, <c>Stopped</c>).</summary>
    Task<string> WaitAsync(string deploymentId, CancellationToken cancellationToken);

    /// <summary>The ids of the group's deployments that have not ended (created, queued, in progress, baking, ready).</summary>
    Task<IReadOnlyList<string>> ActiveDeploymentsAsync(string application, string deploymentGroup, CancellationToken cancellationToken);

    /// <summary>Stops a deployment and lets CodeDeploy roll it back.</summary>
    Task StopWithRollbackAsync(string deploymentId, CancellationToken cancellationToken);
}
