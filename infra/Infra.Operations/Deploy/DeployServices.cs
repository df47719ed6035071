using Infra.Deploy.Aws;
using Infra.Deploy.Engines;
using Infra.Deploy.GitHub;

namespace Infra.Deploy;

/// <summary>Everything the deploy sequence talks to, each behind its own interface.</summary>
/// <param name="Verifier">The account guard.</param>
/// <param name="Freeze">The stack's deploy freeze.</param>
/// <param name="GeneratedOutput">The synth drift check.</param>
/// <param name="Engine">terraform or pulumi over the stack's root.</param>
/// <param name="Gate">The plan gate.</param>
/// <param name="Backups">DynamoDB on-demand backups.</param>
/// <param name="Lambda">Lambda aliases and invokes.</param>
/// <param name="CodeDeploy">CodeDeploy deployments of alias <c>live</c>.</param>
/// <param name="SmokeTests">The post-apply checks.</param>
/// <param name="Records">The GitHub deployment records.</param>
/// <param name="Notifier">SNS notifications.</param>
/// <param name="Log">Progress lines for the user.</param>
public sealed record DeployServices(
    AccountVerifier Verifier,
    IDeployFreeze Freeze,
    IGeneratedOutputCheck GeneratedOutput,
    IDeployEngine Engine,
    IPlanGate Gate,
    ITableBackups Backups,
    ILambdaAliases Lambda,
    ICodeDeploy CodeDeploy,
    ISmokeTests SmokeTests,
    IDeploymentRecords Records,
    INotifier Notifier,
    TextWriter Log);
