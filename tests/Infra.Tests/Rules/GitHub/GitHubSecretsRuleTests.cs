using Infra.Model;
using Infra.Resources.GitHub;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class GitHubSecretsRuleTests
{
    [Test]
    [NonCompliant(GitHubSecretsRule.RuleId)]
    public void FailsOnASecretWithPlaintextValue()
    {
        var stack = TestStacks.Empty("sit");
        _ = new PlaintextSecret(stack.Bootstrap);

        Assert.That(new GitHubSecretsRule().Evaluate(stack).Single().Message, Does.Contain("plaintext_value puts the secret in clear"));
    }

    [Test]
    public void FailsOnAGithubProviderWithAToken()
    {
        var stack = TestStacks.Empty("sit");
        _ = new TokenProvider(stack.Bootstrap);

        Assert.That(new GitHubSecretsRule().Evaluate(stack).Single().Message, Does.Contain("use app_auth"));
    }

    [Test]
    [Compliant(GitHubSecretsRule.RuleId)]
    public void PassesOnASealedSecretAndAnAppAuthenticatedProvider()
    {
        var stack = TestStacks.Empty("sit");
        _ = new GitHubProvider("github", new GitHubProviderArgs { Owner = "bigbeard", AppAuth = GitHubAppAuth.FromConfig(stack.Config) }, TestStacks.In(stack.Bootstrap));
        _ = new ActionsEnvironmentSecret("sealed", new ActionsEnvironmentSecretArgs
        {
            Repository = "bbws-platform",
            Environment = "sit",
            SecretName = "SMOKE_TEST_KEY",
            EncryptedValue = new Output<string>(new SecretVariable("smoke_test_key", "bbws:smokeTestKey")),
        }, TestStacks.In(stack.Bootstrap));

        Assert.That(new GitHubSecretsRule().Evaluate(stack), Is.Empty);
    }

    // The platform's secret type cannot carry plaintext_value; this stands for a hand-written resource that does.
    private sealed class PlaintextSecret(StackRoot root) : CustomResource(
        "github_actions_environment_secret",
        "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret",
        "plain",
        new PlaintextArgs(),
        new ResourceOptions { Parent = root });

    private sealed record PlaintextArgs
    {
        [Input("plaintext_value")]
        public string Value { get; init; } = "hunter2";
    }

    private sealed class TokenProvider(StackRoot root) : ProviderResource("github", "github", new TokenArgs(), new ResourceOptions { Parent = root })
    {
        public override string TerraformSource => "integrations/github";
    }

    private sealed record TokenArgs
    {
        [Input("token")]
        public string Token { get; init; } = "ghp_example";
    }
}
