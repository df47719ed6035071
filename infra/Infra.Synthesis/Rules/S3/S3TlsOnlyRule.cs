using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>S3-TLS-ONLY: Every S3 bucket has a policy that denies any request without TLS (aws:SecureTransport false).</summary>
public sealed class S3TlsOnlyRule() : Rule(
    RuleId,
    "Every S3 bucket has a policy that denies any request without TLS (aws:SecureTransport false).",
    "Data in transit must be encrypted; a bucket policy is the only place S3 refuses plain-HTTP requests.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "S3-TLS-ONLY";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var settings = stack.ResourcesOf<S3BucketPolicy>().ToList();
        foreach (var bucket in stack.ResourcesOf<S3Bucket>())
        {
            if (!settings.Any(s => RuleGraph.Target(s.Args.Bucket) == bucket && s.Args.Policy.Statements.Any(st => st.Effect == "Deny" && st.Conditions.Any(c => c.Test == "Bool" && c.Variable == "aws:SecureTransport" && c.Values.Contains("false")))))
            {
                yield return Finding(bucket, $"bucket {bucket.Args.Bucket} has no policy denying requests without TLS: add a Deny statement on aws:SecureTransport = false (SecureBucket does).");
            }
        }
    }
}
