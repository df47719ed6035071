namespace Infra.Workflows.Targets;

/// <summary>
/// How a change reaches one stack: from which stack it is promoted, and the approval environments it passes, in
/// order, before the stack's own environment (whose name equals the stack's).
/// </summary>
/// <param name="Stack">The stack, and its GitHub environment.</param>
/// <param name="PromotedFrom">The stack whose successful deployment it takes; null for the first stack (deployed on push).</param>
/// <param name="Gates">The approval environments before <paramref name="Stack"/>'s own, each with its own reviewers.</param>
/// <param name="RequiresChangeTicket">True when a promotion needs a change ticket matching the stack's <c>changeTicketPattern</c>.</param>
public sealed record PromotionChain(string Stack, string? PromotedFrom, IReadOnlyList<string> Gates, bool RequiresChangeTicket = false)
{
    /// <summary>Every environment a promotion passes, in order: the gates, then the stack's own.</summary>
    public IReadOnlyList<string> Environments => [.. Gates, Stack];
}
