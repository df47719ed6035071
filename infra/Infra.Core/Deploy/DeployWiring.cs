using Infra.Deploy.Aws;
using Infra.Deploy.Engines;
using Infra.Deploy.GitHub;
using Infra.Model;

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

    /// <summary>The plan gate, or an exit-3 error when none is wired.</summary>
    public static IPlanGate Gate(string repositoryRoot) =>
        DeployHooks.Gate?.Invoke(repositoryRoot)
            ?? throw new InfraException("No plan gate is wired into this build of infra: refusing to plan or deploy ungated. Use a build that includes 'infra gate'.", ExitCodes.EnvironmentRefused);

    /// <summary>Every service of the deploy sequence.</summary>
    public static DeployServices Services(string repositoryRoot, StackTarget target, string engineName, TextWriter log)
    {
        var credentials = new AwsCredentialSource();
        var lambda = new LambdaAliases(credentials, target);
        var synth = DeployHooks.GeneratedOutput?.Invoke(repositoryRoot, target.Stack)
            ?? throw new InfraException("No generated-output check is wired into this build of infra: refusing to deploy unchecked output. Use a build that includes 'infra synth --check'.", ExitCodes.EnvironmentRefused);
        return new DeployServices(
            new AccountVerifier(new StsAccountIdentity(credentials, target.Stack)),
            new SsmDeployFreeze(credentials),
            synth,
            Engine(repositoryRoot, target, engineName),
            Gate(repositoryRoot),
            new DynamoDbTableBackups(credentials, target),
            lambda,
            new CodeDeployClient(credentials, target),
            new SmokeTests(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, lambda, target, credentials),
            OctokitDeploymentRecords.FromEnvironment(),
            new SnsNotifier(credentials, target),
            log);
    }
}
