using Infra.Deploy.Aws;
using Infra.Deploy.Engines;
using Infra.Deploy.GitHub;
using Infra.Model;
using Infra.Processes;

namespace Infra.Deploy;

/// <summary>Builds the real services of the deploy verbs for one stack.</summary>
public static class DeployWiring
{
    /// <summary>The engine for <paramref name="engineName"/> (<c>terraform</c>, <c>tofu</c> or <c>pulumi</c>) over the stack's main root.</summary>
    public static IDeployEngine Engine(string repositoryRoot, StackTarget target, string engineName) => engineName switch
    {
        "terraform" or "tofu" => new TerraformEngine(new ProcessRunner(), Path.Combine(repositoryRoot, "stacks", target.Stack, "terraform"), engineName),
        "pulumi" => new PulumiEngine(new ProcessRunner(), Path.Combine(repositoryRoot, "stacks", target.Stack, "pulumi"), target.Stack),
        _ => throw new InfraException($"--engine '{engineName}': use terraform, tofu or pulumi.", ExitCodes.BadInput),
    };

    /// <summary>The plan gate: the same evaluation as <c>infra gate</c>.</summary>
    public static IPlanGate Gate(string repositoryRoot) => new StackPlanGateAdapter(repositoryRoot);

    /// <summary>Every service of the deploy sequence, on the clock <paramref name="time"/>; the generated-output check synthesizes <paramref name="app"/>.</summary>
    public static DeployServices Services(IInfraApp app, string repositoryRoot, StackTarget target, string engineName, TextWriter log, TimeProvider time)
    {
        var credentials = new AwsCredentialSource();
        var lambda = new LambdaAliases(credentials, target, time);
        var synth = new GeneratedOutputCheck(app, repositoryRoot, target.Stack, time);
        return new DeployServices(
            new AccountVerifier(new StsAccountIdentity(credentials, target.Stack)),
            new SsmDeployFreeze(credentials),
            synth,
            Engine(repositoryRoot, target, engineName),
            Gate(repositoryRoot),
            new DynamoDbTableBackups(credentials, target),
            lambda,
            new CodeDeployClient(credentials, target, time: time),
            new SmokeTests(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, lambda, target, credentials, time),
            OctokitDeploymentRecords.FromEnvironment(),
            new SnsNotifier(credentials, target, time),
            log);
    }

    /// <summary>Every service of the rollback sequence, on the clock <paramref name="time"/>.</summary>
    public static RollbackServices RollbackServices(string repositoryRoot, StackTarget target, string engineName, TextWriter log, TimeProvider time)
    {
        var credentials = new AwsCredentialSource();
        return new RollbackServices(
            new AccountVerifier(new StsAccountIdentity(credentials, target.Stack)),
            Engine(repositoryRoot, target, engineName),
            new LambdaAliases(credentials, target, time),
            new CodeDeployClient(credentials, target, time: time),
            new CloudWatchAlarms(credentials, target, time: time),
            OctokitDeploymentRecords.FromEnvironment(),
            new SnsNotifier(credentials, target, time),
            log);
    }

    /// <summary>The freeze switch, publishing to the deployment topic of the stack as <paramref name="app"/> builds it, on the clock <paramref name="time"/>.</summary>
    public static FreezeSwitch Freeze(IInfraApp app, string repositoryRoot, StackTarget target, TextWriter log, TimeProvider time)
    {
        var credentials = new AwsCredentialSource();
        return new FreezeSwitch(
            new AccountVerifier(new StsAccountIdentity(credentials, target.Stack)),
            new SsmDeployFreeze(credentials),
            new SnsNotifier(credentials, target, time),
            DeploymentTopic.Arn(app, repositoryRoot, target),
            log);
    }
}
