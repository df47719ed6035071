using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A condition of a policy statement, e.g. <c>StringEquals token.actions.githubusercontent.com:aud = sts.amazonaws.com</c>.</summary>
/// <param name="Test">The operator, e.g. <c>StringEquals</c>, <c>Bool</c>.</param>
/// <param name="Variable">The context key.</param>
/// <param name="Values">The accepted values.</param>
public sealed record PolicyCondition(string Test, string Variable, IReadOnlyList<string> Values)
{
    /// <summary>
    /// Further accepted values known only once another resource exists (a key's ARN), written after
    /// <see cref="Values"/>; rules reading <see cref="Values"/> do not see them.
    /// </summary>
    public IReadOnlyList<Input<string>> References { get; init; } = [];
}
