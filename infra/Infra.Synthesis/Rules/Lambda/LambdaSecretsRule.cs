using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-SECRETS: No Lambda environment variable holds a secret-looking value (keys, tokens, passwords, high-entropy strings).</summary>
public sealed class LambdaSecretsRule() : Rule(
    RuleId,
    "No Lambda environment variable holds a secret-looking value (keys, tokens, passwords, high-entropy strings).",
    "Environment variables are readable by anyone who can read the function's configuration and are written in clear into state and generated files: secrets belong in Secrets Manager, read at run time.",
    checkovIds: ["CKV_AWS_45"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-SECRETS";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var function in stack.ResourcesOf<LambdaFunction>())
        {
            foreach (var (name, value) in function.Args.Environment?.Variables ?? new Dictionary<string, Input<string>>())
            {
                // References (table names, ARNs) are not literals: only literal values can carry a secret here.
                if (value.Value is { } literal && SecretPatterns.Match(name, literal) is { } kind)
                {
                    yield return Finding(function, $"environment variable {name} of {function.Args.FunctionName} looks like {kind}: store it in Secrets Manager, grant secretsmanager:GetSecretValue on it, and pass only the secret's name.");
                }
            }
        }
    }
}
