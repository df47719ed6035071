namespace Infra.Permissions;

/// <summary>One (action, resource) pair of a policy, with where it comes from, as the IAM checks read it.</summary>
/// <param name="Action">The action or action pattern.</param>
/// <param name="Resource">The resource ARN pattern, or <c>*</c>.</param>
/// <param name="Origin">Where it is written: <c>infra/Ledgers/github-deploy.yaml:12</c>, or a resource's name.</param>
public sealed record PolicyGrant(string Action, string Resource, string Origin);
