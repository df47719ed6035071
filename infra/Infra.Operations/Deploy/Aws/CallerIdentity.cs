namespace Infra.Deploy.Aws;

/// <summary>Who the current AWS credentials belong to, as STS GetCallerIdentity reports it.</summary>
/// <param name="Account">The 12-digit account id.</param>
/// <param name="Arn">The caller's ARN (user or assumed role).</param>
/// <param name="UserId">The caller's unique id.</param>
public sealed record CallerIdentity(string Account, string Arn, string UserId);
