using System.Text.RegularExpressions;
using Infra.Model;

namespace Infra.Rules;

/// <summary>
/// ACCOUNT: each stack can only ever touch its own AWS account. The AWS provider and the state backend accept
/// only the stack's account, and no ARN in any resource names another account, except the promotion's one
/// cross-account read: a CI role's policy may name the account of the stack it is promoted from (it reads the bundle
/// from that account's artifact bucket), and a key or bucket policy of its bootstrap root may name the account of the
/// stack promoted from it (admitting that stack's readers).
/// </summary>
public sealed partial class AccountRule() : Rule(
    RuleId,
    "The provider and the state backend accept only the stack's AWS account, and no ARN names another account.",
    "A deploy into the wrong AWS account is the failure that must never happen: the engines refuse other credentials before planning, and nothing in a stack points into another stack's account.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "ACCOUNT";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var root in stack.Roots)
        {
            foreach (var provider in root.Providers.Where(p => p.Package == "aws"))
            {
                var allowed = provider.ReadProperties()["allowed_account_ids"] is ListValue list
                    ? list.Items.OfType<ScalarValue>().Select(v => v.Value as string).ToList()
                    : [];
                if (allowed.Count != 1 || allowed[0] != stack.AccountId)
                {
                    yield return Finding(provider, $"allowed_account_ids is [{string.Join(", ", allowed)}] but must be exactly [{stack.AccountId}], the account of stack {stack.Name}: set AllowedAccountIds = [stack.AccountId].");
                }
            }

            if (root.Backend is null)
            {
                yield return Finding(root, $"root {root.Name} has no state backend: set root.Backend so that state lives in the stack's own account.");
            }
            else if (root.Backend.AccountId != stack.AccountId)
            {
                yield return Finding(root, $"the state backend accepts account {root.Backend.AccountId} but stack {stack.Name} is account {stack.AccountId}: build the backend from the stack's config.");
            }

            var arns = new List<string>();
            void Collect(string text)
            {
                // Most strings hold no ARN: the substring test spares the regex on them.
                if (text.Contains("arn:", StringComparison.Ordinal))
                {
                    arns.Add(text);
                }
            }

            foreach (var resource in root.CustomResources)
            {
                // The texts straight from the args: building each resource's property tree to read them cost as much
                // as an emitter's reading.
                arns.Clear();
                InputReader.VisitTexts(resource.Args, Collect);
                foreach (var text in arns)
                {
                    foreach (Match match in ArnAccount().Matches(text))
                    {
                        var account = match.Groups["account"].Value;
                        if (account != stack.AccountId && !PromotionRead(context, resource, account))
                        {
                            yield return Finding(resource, $"an ARN names account {account}, but stack {stack.Name} may only touch {stack.AccountId}: build the ARN from the stack's account id ('{match.Value}...').");
                        }
                    }
                }
            }
        }
    }

    // A role policy reads from the lower stack's account; a key or bucket policy admits the next stack's account. Any
    // other place naming either account (a resource ARN in the main root, a trust policy) still touches another account.
    private static bool PromotionRead(RuleContext context, CustomResource resource, string account) =>
        resource.Root.Kind == RootKind.Bootstrap
        && ((account == context.Lower?.AccountId && resource.Type is "aws_iam_role_policy" or "aws_iam_policy")
            || (account == context.Next?.AccountId && resource.Type is "aws_kms_key" or "aws_s3_bucket_policy"));

    [GeneratedRegex(@"arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(?<account>[0-9]{12}):")]
    private static partial Regex ArnAccount();
}
