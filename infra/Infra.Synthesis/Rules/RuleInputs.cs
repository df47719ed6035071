using Infra.Components;
using Infra.Model;
using Infra.Permissions;

namespace Infra.Rules;

/// <summary>
/// Reads what the rules need besides the graph, once per run and before any rule runs: the IAM catalog of each
/// repository, the handler sources of every Lambda service, and where each stack's neighbours in the promotion order
/// live (their stack files). A file that cannot be read is kept as an error and
/// reported by the rule that needs it.
/// </summary>
public static class RuleInputs
{
    /// <summary>Reads the IAM catalog of the checkout at <paramref name="repositoryRoot"/>.</summary>
    public static RuleInput<IamCatalog> ReadCatalog(string repositoryRoot) =>
        RuleInput<IamCatalog>.Read(() => IamCatalog.Load(Path.GetFullPath(Path.Combine(repositoryRoot, IamCatalog.RelativePath))));

    /// <summary>The contexts of <paramref name="stacks"/>, in their order, sharing what they have in common.</summary>
    /// <param name="stacks">The stacks of one run.</param>
    /// <param name="catalog">The catalog, if already read (synth reads it while the stacks are built); else read from each stack's repository.</param>
    public static IReadOnlyList<RuleContext> Read(IReadOnlyList<Stack> stacks, RuleInput<IamCatalog>? catalog = null)
    {
        var catalogs = new Dictionary<string, RuleInput<IamCatalog>>(StringComparer.Ordinal);

        // Services often share a handler folder, and the stacks share them all: each folder is read once.
        var reads = new Dictionary<string, RuleInput<IReadOnlyList<EnvironmentRead>>>(StringComparer.Ordinal);
        foreach (var source in stacks.SelectMany(s => s.Roots).SelectMany(r => r.Resources).OfType<LambdaService>().Select(s => s.Args.Source).OfType<HandlerSource>())
        {
            if (!reads.ContainsKey(source.FullPath))
            {
                reads[source.FullPath] = RuleInput<IReadOnlyList<EnvironmentRead>>.Read(() => EnvironmentReadScanner.Scan(source.FullPath));
            }
        }

        var tables = new Dictionary<string, RuleInput<RequirementTable>>(StringComparer.Ordinal);
        return stacks.Select(stack =>
            {
                var root = stack.Config.RepositoryRoot;
                var stackCatalog = catalog ?? (catalogs.TryGetValue(root, out var read) ? read : catalogs[root] = ReadCatalog(root));
                var table = tables.TryGetValue(root, out var loaded) ? loaded : tables[root] = RuleInput<RequirementTable>.Read(() => RequirementTable.Load(root, stackCatalog.Value));
                var lower = StackLocation.LowerOf(stack.Config);
                return new RuleContext(stack, stackCatalog, reads, table)
                {
                    Lower = lower,
                    Next = StackLocation.NextOf(stack.Config),
                    LowerGraph = lower is null ? null : stacks.FirstOrDefault(s => s.Name == lower.Stack && s.Config.RepositoryRoot == root),
                };
            })
            .ToList();
    }
}
