namespace Infra.Permissions;

/// <summary>One IAM action of the AWS service authorization catalog.</summary>
/// <param name="Action">The action as AWS spells it, e.g. <c>lambda:GetPolicy</c>.</param>
/// <param name="ResourceLevel">True when the action can be granted on specific resources (so <c>"*"</c> is wider than needed).</param>
/// <param name="AccessLevel">List, Read, Write, Permissions management or Tagging.</param>
/// <param name="ResourceArn">The ARN pattern of its resource type, with AWS's <c>${Partition}</c>-style variables; empty when none.</param>
public sealed record CatalogAction(string Action, bool ResourceLevel, string AccessLevel, string ResourceArn);
