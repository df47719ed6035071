using System.Security.Cryptography;
using System.Text;
using Infra.Tests.Plans;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Fuzz;

/// <summary>
/// A copy of the repository (its inputs, committed output and workflows, committed once to a new git repository so
/// that <c>check</c> can list tracked files and <c>preview</c> has the output committed at HEAD to compare with) plus
/// a folder of inputs given on the command line (plans, a CI log). Built once per fixture; between cases only the
/// mutated file and any generated tree a successful verb rewrote are put back.
/// </summary>
public sealed class FuzzWorkspace : IDisposable
{
    /// <summary>The trees a failing verb must never change (and the generated rule reference beside them).</summary>
    public static readonly IReadOnlyList<string> GuardedTrees = ["stacks", ".github", "infra/Ledgers", "infra/RULES.md"];

    /// <summary>The prefix of a target that lives in the inputs folder rather than in the repository copy.</summary>
    public const string InputsPrefix = "inputs/";

    private readonly TestRepository repository;
    private readonly Dictionary<string, byte[]> originals = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, byte[]> guarded;
    private readonly string guardedHash;

    private FuzzWorkspace(TestRepository repository, string inputs)
    {
        this.repository = repository;
        Inputs = inputs;
        guarded = ReadGuarded();
        guardedHash = Hash(GuardedState());
    }

    /// <summary>The repository copy's root.</summary>
    public string Root => repository.Root;

    /// <summary>The folder of command-line inputs.</summary>
    public string Inputs { get; }

    /// <summary>Copies the repository and writes the plan and log inputs.</summary>
    public static FuzzWorkspace Create()
    {
        var repository = TestRepository.CopyOfReal("fuzz-" + Guid.NewGuid().ToString("N"));
        foreach (var tree in new[] { "stacks", ".github" })
        {
            CopyTree(RepositoryFiles.PathOf(tree), Path.Combine(repository.Root, tree));
        }

        TestGit.Run(repository.Root, "init", "-q");
        TestGit.Run(repository.Root, "add", "-A");
        TestGit.Run(repository.Root, "commit", "-q", "-m", "fuzz baseline");

        var inputs = repository.Root + "-inputs";
        Directory.CreateDirectory(Path.Combine(inputs, "plans"));
        Directory.CreateDirectory(Path.Combine(inputs, "logs"));
        WritePlans(Path.Combine(inputs, "plans"));
        File.WriteAllText(Path.Combine(inputs, "logs", "ci.log"), CiLog);
        return new FuzzWorkspace(repository, inputs);
    }

    /// <summary>A CI log with one AccessDenied of the dev deploy role, for an action its ledger lacks.</summary>
    public const string CiLog = """
        Run dotnet run --project infra/Infra.Cli -- deploy --stack dev --yes
        aws_lambda_function.order_processor: Refreshing state... [id=2-1-bbws-order-processor-dev]
        Error: reading Lambda Function (2-1-bbws-order-processor-dev): operation error Lambda: GetFunctionConfiguration, https response error StatusCode: 403, RequestID: 6f1c2b9e-4a3d-4e8f-9b21-7c5d0e3a1f42, api error AccessDeniedException: User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions is not authorized to perform: lambda:GetFunctionConfiguration on resource: arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-order-processor-dev because no identity-based policy allows the lambda:GetFunctionConfiguration action
        Error: Process completed with exit code 1.

        """;

    /// <summary>The file a target names.</summary>
    public string PathOf(string target) =>
        target.StartsWith(InputsPrefix, StringComparison.Ordinal)
            ? Path.Combine(Inputs, target[InputsPrefix.Length..])
            : Path.Combine(Root, target);

    /// <summary>Damages <paramref name="target"/> (remembering its original bytes for <see cref="Restore"/>).</summary>
    public void Mutate(string target, Mutation mutation)
    {
        var path = PathOf(target);
        if (!originals.TryGetValue(target, out var original))
        {
            original = File.ReadAllBytes(path);
            originals[target] = original;
        }

        Mutator.Apply(mutation, path, original);
    }

    /// <summary>Puts <paramref name="target"/> back, and the guarded trees when anything in them differs.</summary>
    public void Restore(string target)
    {
        var path = PathOf(target);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        File.WriteAllBytes(path, originals[target]);
        if (Hash(GuardedState()) == guardedHash)
        {
            return;
        }

        foreach (var tree in GuardedTrees.Select(t => Path.Combine(Root, t)))
        {
            if (Directory.Exists(tree))
            {
                Directory.Delete(tree, recursive: true);
            }
            else if (File.Exists(tree))
            {
                File.Delete(tree);
            }
        }

        foreach (var (relative, bytes) in guarded)
        {
            var file = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }
    }

    /// <summary>Each file and folder of the guarded trees with a hash of its content ("dir" for a folder).</summary>
    public SortedDictionary<string, string> GuardedState()
    {
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in GuardedTrees.Select(t => Path.Combine(Root, t)))
        {
            if (File.Exists(tree))
            {
                state[Path.GetRelativePath(Root, tree)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(tree)));
            }
            else if (Directory.Exists(tree))
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(tree, "*", SearchOption.AllDirectories))
                {
                    state[Path.GetRelativePath(Root, entry)] = Directory.Exists(entry) ? "dir" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
                }
            }
        }

        return state;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        repository.Dispose();
        if (Directory.Exists(Inputs))
        {
            Directory.Delete(Inputs, recursive: true);
        }
    }

    private static string Hash(SortedDictionary<string, string> state) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', state.Select(e => e.Key + "\0" + e.Value)))));

    private Dictionary<string, byte[]> ReadGuarded()
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tree in GuardedTrees.Select(t => Path.Combine(Root, t)))
        {
            var paths = File.Exists(tree) ? [tree] : Directory.Exists(tree) ? Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories) : [];
            foreach (var file in paths)
            {
                files[Path.GetRelativePath(Root, file)] = File.ReadAllBytes(file);
            }
        }

        return files;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);

            // The repository copy already holds stacks/'s one input (prod's protected inventory), the same file.
            File.Copy(file, target, overwrite: true);
        }
    }

    // Real plans from the fixtures, as they are and pinned to the dev and prod accounts (so the gate reads past its
    // ownership check), and a Pulumi preview of each stack.
    private static void WritePlans(string folder)
    {
        foreach (var name in new[] { "tfcompliance_aws_lambda_deletes_drift_tf1.0.json", "tfjson_replace_tainted_tf1.15.json", "checkov_aws_forget_tf1.9.json", "tofu_plan_error_errored.json", "checkov_aws_pure_delete_tf1.2.json" })
        {
            var text = File.ReadAllText(PlanFiles.FixturePath(name));
            File.WriteAllText(Path.Combine(folder, name), text);
            foreach (var (stack, account, region) in new[] { ("dev", PlanFiles.DevAccount, "eu-west-1"), ("prod", PlanFiles.ProdAccount, "af-south-1") })
            {
                var plan = JObject.Parse(text);
                var pinned = PlanFiles.Plan(account, region);
                plan["configuration"] ??= new JObject();
                plan["configuration"]!["provider_config"] = pinned["configuration"]!["provider_config"];
                File.WriteAllText(Path.Combine(folder, $"{stack}-{name}"), plan.ToString());
            }
        }

        // The UTF-16 fixture stays UTF-16 with its byte order mark once pinned.
        var utf16 = JObject.Parse(File.ReadAllText(PlanFiles.FixturePath("checkov_aws_utf16le_bom_tf1.0.json")));
        utf16["configuration"]!["provider_config"] = PlanFiles.DevPlan()["configuration"]!["provider_config"];
        File.WriteAllText(Path.Combine(folder, "dev-checkov_aws_utf16le_bom_tf1.0.json"), utf16.ToString(), Encoding.Unicode);

        foreach (var stack in new[] { "dev", "prod" })
        {
            var preview = PlanFiles.Preview(
                stack,
                PlanFiles.Step("delete", stack, "data", oldInputs: new JObject { ["bucket"] = "old" }, protect: true),
                PlanFiles.Step("update", stack, "site", oldInputs: new JObject { ["bucket"] = "a" }, newInputs: new JObject { ["bucket"] = "b" }),
                PlanFiles.Step("create", stack, "logs", newInputs: new JObject { ["bucket"] = "c", ["tags"] = new JObject { ["stack"] = stack } }));
            File.WriteAllText(Path.Combine(folder, $"{stack}-pulumi-preview.json"), preview.ToString());
        }
    }

}
