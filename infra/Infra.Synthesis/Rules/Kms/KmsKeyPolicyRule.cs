using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>KMS-POLICY: No KMS key policy allows kms:* (or *) to a wildcard principal without a condition.</summary>
public sealed class KmsKeyPolicyRule() : Rule(
    RuleId,
    "No KMS key policy allows kms:* (or *) to a wildcard principal without a condition.",
    "A key policy is the key's only gate: kms:* to '*' lets any principal of any account use and administer the key.",
    checkovIds: ["CKV_AWS_33"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "KMS-POLICY";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var key in stack.ResourcesOf<KmsKey>().Where(k => k.Args.Policy is not null))
        {
            foreach (var statement in key.Args.Policy!.Statements.Where(s => s.Effect == "Allow" && s.Conditions.Count == 0))
            {
                var everyone = statement.Principals.Values.SelectMany(v => v).Any(p => p.Value?.Trim() == "*");
                if (everyone && statement.Actions.Any(a => a is "*" or "kms:*"))
                {
                    yield return Finding(key, $"{RuleGraph.Label(statement)} of the key policy allows [{string.Join(", ", statement.Actions)}] to principal '*': name the account root or the roles.");
                }
            }
        }
    }
}
