namespace Infra.Rules;

/// <summary>Every rule that runs on synth. A rule not listed here never runs: a registry test checks that each rule class is.</summary>
public static class RuleRegistry
{
    /// <summary>The rules, in the order their findings are reported.</summary>
    public static IReadOnlyList<IRule> All { get; } =
    [
        new AccountRule(),
        new ProdProtectRule(),
        new IamEvidenceRule(),
        new LambdaEnvRule(),
        new ApiGatewayAccountRule(),
        new OidcTrustRule(),
        new GitHubApprovalsRule(),
        new GitHubEnvironmentRule(),
        new GitHubNamesRule(),
        new GitHubSecretsRule(),
        new GitHubChangeTicketRule(),
    ];
}
