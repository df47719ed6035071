namespace Infra.Rules;

/// <summary>
/// Every rule, the policy pack: the graph rules that run on synth and check, and the plan rules of the gate. A rule
/// not listed here never runs: a registry test checks
/// that each rule class is, that ids are unique, and that each rule is documented and has a compliant and a
/// non-compliant test. RULES.md is written from this list.
/// </summary>
public static class RuleRegistry
{
    /// <summary>The rules, in the order their findings are reported.</summary>
    public static IReadOnlyList<IRule> All { get; } =
    [
        new AccountRule(),
        new ProdProtectRule(),
        new SuppressionRule(),
        new ParityRule(),
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
}
