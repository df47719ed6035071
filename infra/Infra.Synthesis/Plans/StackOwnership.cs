using Infra.Configuration;
using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// Refuses a plan that was not made for the named stack: a Terraform plan whose AWS provider configuration does not
/// pin the stack's account (<c>allowed_account_ids</c>) and region, or a Pulumi preview whose URNs name another
/// stack or project. Judging a plan of another account against this stack's rules would pass the wrong thing.
/// </summary>
public static class StackOwnership
{
    /// <summary>Throws <see cref="InfraException"/> (exit 2) unless <paramref name="plan"/> belongs to <paramref name="stack"/>.</summary>
    public static void Check(PlanFile plan, StackConfig stack)
    {
        if (plan.Terraform is { } terraform)
        {
            CheckTerraform(plan.Path, terraform, stack);
        }
        else
        {
            CheckPulumi(plan.Path, plan.Pulumi!, stack);
        }
    }

    private static void CheckTerraform(string file, TerraformPlan plan, StackConfig stack)
    {
        if (plan.ProviderConfigs.Count == 0)
        {
            throw Refused(file, stack, "has no provider configuration (configuration.provider_config), so nothing shows which AWS account it targets", "plan the stack's generated root, whose aws provider sets allowed_account_ids and region");
        }

        var aws = plan.ProviderConfigs.Where(p => PlanJson.String(p.Value, "name") == "aws").OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (aws.Count == 0)
        {
            throw Refused(file, stack, "has no aws provider configuration", "plan the stack's generated root, whose aws provider sets allowed_account_ids and region");
        }

        foreach (var (key, provider) in aws)
        {
            var expressions = provider["expressions"] as JObject;
            var accounts = Constant(expressions, "allowed_account_ids");
            if (accounts is not JArray list || list.Count == 0)
            {
                throw Refused(file, stack, $"provider '{key}' has no literal allowed_account_ids", $"plan the stack's generated root, whose aws provider pins allowed_account_ids = [\"{stack.AccountId}\"]");
            }

            var foreign = list.Select(a => a.ToString()).Where(a => a != stack.AccountId).ToList();
            if (foreign.Count > 0)
            {
                throw Refused(file, stack, $"provider '{key}' allows account(s) {string.Join(", ", foreign)}, not only {stack.AccountId} ({stack.FileName})", $"plan stacks/{stack.StackName}/terraform, or name the stack this plan was made for");
            }

            // Aliased providers may sit in another region on purpose (e.g. us-east-1 for CloudFront certificates).
            if (key == "aws")
            {
                var region = Constant(expressions, "region")?.ToString();
                if (region != stack.Region)
                {
                    throw Refused(file, stack, $"provider 'aws' has region {(region is null ? "unset or not literal" : $"'{region}'")}, but {stack.FileName} has aws:region '{stack.Region}'", $"plan stacks/{stack.StackName}/terraform, or name the stack this plan was made for");
                }
            }
        }
    }

    private static void CheckPulumi(string file, PulumiPreview preview, StackConfig stack)
    {
        foreach (var step in preview.Steps)
        {
            var urn = PulumiUrn.TryParse(step.Urn) ?? throw Refused(file, stack, $"step '{step.Urn}' has no valid URN", "pass the output of 'pulumi preview --json'");
            if (urn.Stack != stack.StackName || urn.Project != stack.Project)
            {
                throw Refused(file, stack, $"resource '{urn.Address}' belongs to stack '{urn.Stack}' of project '{urn.Project}', not stack '{stack.StackName}' of '{stack.Project}'", $"run 'pulumi preview --json -s {stack.StackName}', or name the stack this preview was made for");
            }

            if (urn.Type != "pulumi:providers:aws" || step.NewState?["inputs"] is not JObject inputs)
            {
                continue;
            }

            if (AccountIds(inputs["allowedAccountIds"]) is { } accounts && accounts.Any(a => a != stack.AccountId))
            {
                throw Refused(file, stack, $"aws provider '{urn.Name}' allows account(s) {string.Join(", ", accounts)}, not only {stack.AccountId} ({stack.FileName})", $"preview stack '{stack.StackName}' with its own config");
            }

            if (urn.Name.StartsWith("default", StringComparison.Ordinal) && PlanJson.String(inputs, "region") is { } region && region != stack.Region)
            {
                throw Refused(file, stack, $"aws provider '{urn.Name}' has region '{region}', but {stack.FileName} has aws:region '{stack.Region}'", $"preview stack '{stack.StackName}' with its own config");
            }
        }
    }

    // Pulumi passes provider inputs as strings: a list arrives as its JSON text.
    private static IReadOnlyList<string>? AccountIds(JToken? token) => token switch
    {
        JArray a => a.Select(t => t.ToString()).ToList(),
        JValue { Type: JTokenType.String } v when ((string)v!).TrimStart().StartsWith('[') => TryParseList((string)v!),
        JValue { Type: JTokenType.String } v => [(string)v!],
        _ => null,
    };

    private static IReadOnlyList<string>? TryParseList(string text)
    {
        try
        {
            return JArray.Parse(text).Select(t => t.ToString()).ToList();
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [text];
        }
    }

    private static JToken? Constant(JObject? expressions, string name) => expressions?[name] is JObject e ? e["constant_value"] : null;

    private static InfraException Refused(string file, StackConfig stack, string problem, string fix) =>
        new($"{file}: is not a plan of stack '{stack.StackName}': it {problem}. Fix: {fix}.", ExitCodes.BadInput);
}
