using Infra.Deploy.Aws;
using Infra.Deploy.Engines;
using Infra.Deploy.GitHub;

namespace Infra.Deploy;

/// <summary>Everything <c>infra rollback</c> talks to, each behind its own interface.</summary>
/// <param name="Verifier">The account guard.</param>
/// <param name="Engine">terraform or pulumi, to read the stack's outputs.</param>
/// <param name="Lambda">Lambda aliases and versions.</param>
/// <param name="CodeDeploy">CodeDeploy, to stop a deployment in progress with rollback.</param>
/// <param name="Alarms">The alarms that watch each alias.</param>
/// <param name="Records">The GitHub deployment records.</param>
/// <param name="Notifier">SNS notifications.</param>
/// <param name="Log">Progress lines for the user.</param>
public sealed record RollbackServices(
    AccountVerifier Verifier,
    IDeployEngine Engine,
    ILambdaAliases Lambda,
    ICodeDeploy CodeDeploy,
    IAlarmStates Alarms,
    IDeploymentRecords Records,
    INotifier Notifier,
    TextWriter Log);
