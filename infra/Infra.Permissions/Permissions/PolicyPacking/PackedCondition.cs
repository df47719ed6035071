namespace Infra.Permissions;

/// <summary>A condition of a statement the packer handles, e.g. <c>StringEquals iam:PassedToService = lambda.amazonaws.com</c>.</summary>
/// <param name="Test">The operator, e.g. <c>StringEquals</c>.</param>
/// <param name="Variable">The context key.</param>
/// <param name="Values">The accepted values.</param>
public sealed record PackedCondition(string Test, string Variable, IReadOnlyList<string> Values);
