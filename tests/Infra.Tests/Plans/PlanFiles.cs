using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

/// <summary>Small plan files for tests, written under the temp folder, and a throwaway repository with the three stacks.</summary>
internal static class PlanFiles
{
    public const string DevAccount = "536580886816";
    public const string ProdAccount = "093646564004";

    public static string FixturePath(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "tfplan", name);

    public static IEnumerable<string> Fixtures() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "tfplan"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static string Write(string json, string name = "plan.json")
    {
        var folder = Path.Combine(Path.GetTempPath(), "infra-plans-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    public static JObject Change(string address, params string[] actions) => new()
    {
        ["address"] = address,
        ["mode"] = "managed",
        ["type"] = address.Split('.')[^2].Split('[')[0],
        ["name"] = address.Split('.')[^1].Split('[')[0],
        ["provider_name"] = "registry.terraform.io/hashicorp/aws",
        ["change"] = new JObject
        {
            ["actions"] = new JArray(actions),
            ["before"] = actions.Contains("create") && actions.Length == 1 ? null : new JObject { ["bucket"] = "old" },
            ["after"] = actions.Contains("delete") && actions.Length == 1 ? null : new JObject { ["bucket"] = "new" },
            ["after_unknown"] = new JObject(),
            ["before_sensitive"] = false,
            ["after_sensitive"] = false,
        },
    };

    /// <summary>A Terraform plan whose aws provider pins <paramref name="account"/> and <paramref name="region"/>.</summary>
    public static JObject Plan(string account, string region, params JObject[] changes) => new()
    {
        ["format_version"] = "1.2",
        ["terraform_version"] = "1.9.8",
        ["resource_changes"] = new JArray(changes),
        ["configuration"] = new JObject
        {
            ["provider_config"] = new JObject
            {
                ["aws"] = new JObject
                {
                    ["name"] = "aws",
                    ["full_name"] = "registry.terraform.io/hashicorp/aws",
                    ["expressions"] = new JObject
                    {
                        ["allowed_account_ids"] = new JObject { ["constant_value"] = new JArray(account) },
                        ["region"] = new JObject { ["constant_value"] = region },
                    },
                },
            },
            ["root_module"] = new JObject(),
        },
        ["errored"] = false,
    };

    public static JObject DevPlan(params JObject[] changes) => Plan(DevAccount, "eu-west-1", changes);

    public static JObject ProdPlan(params JObject[] changes) => Plan(ProdAccount, "af-south-1", changes);

    /// <summary>A repository folder with Pulumi.yaml and the three stacks' config, as in this project.</summary>
    public static string Repository()
    {
        var root = Path.Combine(Path.GetTempPath(), "infra-plans-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "infra"));
        File.WriteAllText(Path.Combine(root, "Pulumi.yaml"), "name: bbws\nruntime: yaml\nconfig:\n  bbws:stacks:\n    type: array\n    items:\n      type: string\n    default: [dev, sit, prod]\n  bbws:accountId:\n    type: string\n  bbws:protect:\n    type: boolean\n    default: false\n");
        File.WriteAllText(Path.Combine(root, "Pulumi.dev.yaml"), $"config:\n  aws:region: eu-west-1\n  bbws:accountId: \"{DevAccount}\"\n");
        File.WriteAllText(Path.Combine(root, "Pulumi.sit.yaml"), "config:\n  aws:region: eu-west-1\n  bbws:accountId: \"815856636111\"\n");
        File.WriteAllText(Path.Combine(root, "Pulumi.prod.yaml"), $"config:\n  aws:region: af-south-1\n  bbws:accountId: \"{ProdAccount}\"\n  bbws:protect: true\n");
        return root;
    }

    /// <summary>A <c>pulumi preview --json</c> document of stack <paramref name="stack"/>.</summary>
    public static JObject Preview(string stack, params JObject[] steps) => new()
    {
        ["config"] = new JObject { ["bbws:dbPassword"] = "[secret]" },
        ["steps"] = new JArray(steps),
        ["changeSummary"] = new JObject { ["create"] = 1 },
    };

    public static JObject Step(string op, string stack, string name, JObject? oldInputs = null, JObject? newInputs = null, bool protect = false, string type = "aws:s3/bucketV2:BucketV2")
    {
        var urn = $"urn:pulumi:{stack}::bbws::{type}::{name}";
        var step = new JObject { ["op"] = op, ["urn"] = urn, ["detailedDiff"] = null };
        if (oldInputs is not null)
        {
            step["oldState"] = new JObject { ["urn"] = urn, ["type"] = type, ["custom"] = true, ["protect"] = protect, ["inputs"] = oldInputs, ["outputs"] = new JObject() };
        }

        if (newInputs is not null)
        {
            step["newState"] = new JObject { ["urn"] = urn, ["type"] = type, ["custom"] = true, ["protect"] = protect, ["inputs"] = newInputs, ["outputs"] = new JObject() };
        }

        return step;
    }
}
