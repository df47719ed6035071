namespace Infra.Deploy;

/// <summary>What a rollback does for one Lambda service.</summary>
/// <param name="Service">The service, from the stack's outputs.</param>
/// <param name="CurrentVersion">The version its alias points to now (null when a CodeDeploy deployment is stopped instead).</param>
/// <param name="TargetVersion">The version the alias is moved to (null when nothing moves it, or CodeDeploy does).</param>
/// <param name="ActiveDeploymentId">The CodeDeploy deployment in progress that is stopped with rollback, if any.</param>
public sealed record RollbackStep(LambdaServiceOutput Service, string? CurrentVersion, string? TargetVersion, string? ActiveDeploymentId)
{
    /// <summary>A one-line description for the user and the record.</summary>
    public string Describe() =>
        ActiveDeploymentId is not null ? $"{Service.FunctionName}: stop CodeDeploy deployment {ActiveDeploymentId} with rollback"
        : TargetVersion is null ? $"{Service.FunctionName}: '{Service.Alias}' stays at {CurrentVersion}"
        : $"{Service.FunctionName}: '{Service.Alias}' {CurrentVersion} -> {TargetVersion}";
}
