namespace Infra.Rules;

/// <summary>
/// Every rule, the policy pack: the graph rules that run on synth and check, and the plan rules of the gate. A rule
/// not listed here never runs: a registry test checks
/// that each rule class is, that ids are unique, and that each rule is documented and has a compliant and a
/// non-compliant test. RULES.md is written from this list.
/// </summary>
public static class RuleRegistry
{
    /// <summary>
    /// The rules as a catalogue (ids, titles, RULES.md), in the order their findings are reported. Its PARITY rule
    /// has no clock: to run the rules on stacks, take <see cref="For"/> with the caller's clock.
    /// </summary>
    public static IReadOnlyList<IRule> All { get; } = For(new NoClock());

    /// <summary>The rules, in the order their findings are reported, judging suppression expiries on <paramref name="time"/>.</summary>
    /// <param name="time">The caller's clock (the CLI's): findings depend on it only, never on the machine's clock.</param>
    public static IReadOnlyList<IRule> For(TimeProvider time) =>
    [
        new AccountRule(),
        new ProdProtectRule(),
        new SuppressionRule(),
        new ParityRule(time),
        new RequiredTagsRule(),

        // IAM
        new IamEvidenceRule(),
        new IamCatalogRule(),
        new IamLeastPrivilegeRule(),
        new IamNotActionRule(),
        new IamPassRoleRule(),
        new IamCoverageRule(),
        new IamEscalationRule(),
        new OidcTrustRule(),

        // Storage and data
        new S3DefaultEncryptionRule(),
        new S3VersioningRule(),
        new S3PublicAccessRule(),
        new S3TlsOnlyRule(),
        new S3AclsDisabledRule(),
        new S3AccessLoggingRule(),
        new S3LifecycleConfigurationRule(),
        new S3ReplicationRule(),
        new S3EventNotificationsRule(),
        new DynamoDbPitrRule(),
        new DynamoDbCmkRule(),
        new CustomerKeyEncryptionRule(),
        new LogRetentionRule(),
        new LogRetentionYearRule(),
        new KmsRotationRule(),
        new KmsKeyPolicyRule(),

        // Lambda
        new LambdaEnvRule(),
        new LambdaSecretsRule(),
        new LambdaTracingRule(),
        new LambdaDeadLetterRule(),
        new LambdaLogsRule(),
        new LambdaCodeSigningRule(),
        new LambdaVpcRule(),
        new LambdaFunctionDeadLetterRule(),
        new LambdaConcurrencyRule(),

        // API Gateway
        new ApiGatewayAccountRule(),
        new ApiGatewayAccessLogsRule(),
        new ApiGatewayXrayRule(),
        new ApiGatewayThrottlingRule(),
        new ApiGatewayAuthorizationRule(),
        new ApiGatewayCacheRule(),
        new ApiGatewayCreateBeforeDestroyRule(),
        new ApiGatewayClientCertificateRule(),
        new ApiGatewayRequestValidationRule(),
        new ApiGatewayWafRule(),
        new ApiGatewayWafManagedGroupsRule(),

        // WAF
        new WafKnownBadInputsRule(),
        new WafLoggingRule(),

        // GitHub
        new GitHubRepositoryRule(),
        new GitHubApprovalsRule(),
        new GitHubEnvironmentRule(),
        new GitHubNamesRule(),
        new GitHubSecretsRule(),
        new GitHubChangeTicketRule(),
        new GitHubReviewCountRule(),
        new GitHubSignedCommitsRule(),

        // Plan gate: read a plan's changes, not the graph; their findings refuse the plan (infra gate, deploy).
        new ErroredPlanRule(),
        new NoDestroyInProductionRule(),
        new ProtectedResourceRule(),
        new ProtectionLossRule(),
        new ForgetWarningRule(),
    ];

    // The catalogue describes the rules; a rule run from it that needs today's date has no caller's clock to read, and
    // reading the machine's instead would make findings depend on the day they ran.
    private sealed class NoClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() =>
            throw new InvalidOperationException("RuleRegistry.All is the rule catalogue and has no clock: run rules with RuleRegistry.For(clock), passing the caller's TimeProvider.");
    }
}
