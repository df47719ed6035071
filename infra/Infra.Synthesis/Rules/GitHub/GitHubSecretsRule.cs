namespace Infra.Rules;

/// <summary>
/// GH-SECRETS: no GitHub resource sets <c>plaintext_value</c> (only <c>encrypted_value</c>, sealed with the
/// environment's public key) and no GitHub provider sets a <c>token</c> (it authenticates as a GitHub App).
/// </summary>
public sealed class GitHubSecretsRule() : Rule(
    RuleId,
    "GitHub secrets are sealed (encrypted_value), never plaintext_value; the GitHub provider uses a GitHub App, never a token.",
    "A plaintext_value is stored in clear in the state and usually in code or config; a personal token gives a person's full power to whoever reads it.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-SECRETS";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var root in stack.Roots)
        {
            foreach (var resource in root.CustomResources.Where(r => r.Package == "github"))
            {
                if (resource.ReadProperties().Properties.Any(p => p.TerraformName == "plaintext_value"))
                {
                    yield return Finding(resource, "plaintext_value puts the secret in clear into the state: seal it with the environment's public key and pass encrypted_value from a secure: config value.");
                }
            }

            foreach (var provider in root.Providers.Where(p => p.Package == "github"))
            {
                if (provider.ReadProperties().Properties.Any(p => p.TerraformName == "token"))
                {
                    yield return Finding(provider, "the GitHub provider authenticates with a token: use app_auth (a GitHub App's id, installation id and key as sensitive variables).");
                }
            }
        }
    }
}
