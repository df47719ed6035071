using Infra.Configuration;

namespace Infra.Deploy;

/// <summary>What the deploy verbs need to know about one stack: its name, its only AWS account and its region.</summary>
/// <param name="Project">The project name, which prefixes the stack's SSM parameters.</param>
/// <param name="Stack">The stack name (<c>dev</c>, <c>sit</c>, <c>prod</c>).</param>
/// <param name="AccountId">The AWS account the stack's credentials must belong to.</param>
/// <param name="Region">The stack's AWS region; STS is called there, so an opt-in region that is not enabled fails early.</param>
public sealed record StackTarget(string Project, string Stack, string AccountId, string Region)
{
    /// <summary>The production stack's name: the one with backups, automatic freezes and change tickets.</summary>
    public const string ProductionStack = "prod";

    /// <summary>True for the production stack.</summary>
    public bool IsProduction => Stack == ProductionStack;

    /// <summary>The target of a loaded stack config.</summary>
    public static StackTarget From(StackConfig config) => new(config.Project, config.StackName, config.AccountId, config.Region);
}
