using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-CODE-SIGNING: Every Lambda function names a code signing configuration.</summary>
public sealed class LambdaCodeSigningRule() : Rule(
    RuleId,
    "Every Lambda function names a code signing configuration (code_signing_config_arn).",
    "With code signing Lambda refuses a package that no trusted signing profile signed, so a stolen deploy credential cannot run altered code.",
    checkovIds: ["CKV_AWS_272"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-CODE-SIGNING";

    // Ported from checkov's LambdaCodeSigningConfigured (Apache-2.0): any value of code_signing_config_arn passes.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<LambdaFunction>()
            .Where(f => f.Args.CodeSigningConfigArn is null)
            .Select(f => Finding(f, $"function {f.Args.FunctionName} has no code signing configuration: set CodeSigningConfigArn to an aws_lambda_code_signing_config that trusts the signing profile of its packages."));
}
