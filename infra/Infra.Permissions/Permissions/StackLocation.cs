using Infra.Configuration;

namespace Infra.Permissions;

/// <summary>
/// Where a stack lives: its name, account and region. The stack a stack is promoted from (Pulumi.yaml's promotion
/// order) is where the ledger placeholders <c>${lower-stack}</c>, <c>${lower-account}</c> and <c>${lower-region}</c>
/// point: a promotion reads the bundle it promotes from that stack's artifact bucket, in that stack's account.
/// </summary>
/// <param name="Stack">The stack's name, e.g. <c>dev</c>.</param>
/// <param name="AccountId">The stack's account id.</param>
/// <param name="Region">The stack's region.</param>
public sealed record StackLocation(string Stack, string AccountId, string Region)
{
    /// <summary>Where the stack <paramref name="config"/>'s stack is promoted from lives, from its config (<see cref="StackConfig.Sibling"/>); null for the first stack.</summary>
    public static StackLocation? LowerOf(StackConfig config) =>
        config.ProjectFile.PromotedFrom(config.StackName) is { } name ? Of(config, name) : null;

    /// <summary>Where the stack promoted from <paramref name="config"/>'s stack lives, from its config (<see cref="StackConfig.Sibling"/>); null for the last stack.</summary>
    public static StackLocation? NextOf(StackConfig config) =>
        config.ProjectFile.PromotesTo(config.StackName) is { } name ? Of(config, name) : null;

    private static StackLocation Of(StackConfig config, string name)
    {
        var other = config.Sibling(name);
        return new StackLocation(other.StackName, other.AccountId, other.Region);
    }
}
