using Infra.Components;

namespace Infra.Rules;

/// <summary>
/// LAMBDA-ENV: a function sets every environment variable its code reads without a default (an empty string is no
/// default), under the exact name the code reads. A name the code reads but the function does not set fails synth; a name the function sets but
/// the code never reads is a warning (and is named in the error when both happen: the usual cause is a misnamed variable).
/// </summary>
public sealed class LambdaEnvRule() : Rule(
    RuleId,
    "Every environment variable the Lambda code reads without a default (or with an empty one) is set on the function, under the same name.",
    "The code read TEMPLATES_BUCKET_NAME while Terraform set S3_EMAIL_TEMPLATES_BUCKET: every deploy succeeded and every e-mail failed with NoSuchBucket (playbook Lesson 9).")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-ENV";

    /// <summary>Variables the Lambda runtime sets itself, which a function may read without setting them.</summary>
    private static readonly string[] RuntimeVariables = ["_HANDLER", "_X_AMZN_TRACE_ID", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "TZ", "LANG", "PATH", "LD_LIBRARY_PATH", "PYTHONPATH", "NODE_PATH"];

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var service in stack.ResourcesOf<LambdaService>())
        {
            if (service.Args.Source is not { } source)
            {
                yield return new RuleFinding(Id, Severity.Warning, service, "no Source folder is given, so the variables the code reads cannot be checked: set LambdaServiceArgs.Source to the handler folder.");
                continue;
            }

            var set = service.Args.Environment.Keys.ToHashSet(StringComparer.Ordinal);
            var reads = context.HandlerReads(source.FullPath);

            var readNames = reads.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
            var unread = set.Where(n => !readNames.Contains(n)).Order(StringComparer.Ordinal).ToList();
            var missing = reads
                .Where(r => !r.HasDefault && !set.Contains(r.Name) && !IsRuntimeVariable(r.Name))
                .GroupBy(r => r.Name)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var read in missing)
            {
                var where = string.Join(", ", read.Select(r => $"{source.Folder}/{r}"));
                var hint = unread.Count > 0
                    ? $" It sets {string.Join(", ", unread)}, which the code never reads: rename it to {read.Key} if that is the same value."
                    : $" Add {read.Key} to the function's Environment.";
                var how = read.Any(r => r.EmptyDefault)
                    ? "with an empty default (an empty string is no default: the code runs on with an empty value and fails later, as with NoSuchBucket)"
                    : "without a default";
                yield return Finding(service, $"the code reads {read.Key} ({where}) {how}, but the function {service.Args.FunctionName} does not set it.{hint}");
            }

            foreach (var name in unread)
            {
                yield return new RuleFinding(Id, Severity.Warning, service, $"the function sets {name}, but no code under {source.Folder} reads it: remove it or fix its name.");
            }
        }
    }

    private static bool IsRuntimeVariable(string name) =>
        name.StartsWith("AWS_", StringComparison.Ordinal) || RuntimeVariables.Contains(name);
}
