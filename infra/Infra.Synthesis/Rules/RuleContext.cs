using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;

namespace Infra.Rules;

/// <summary>
/// Everything a graph rule may read about one stack: the graph and its config, and what the runner read from disk
/// for it before any rule ran (the IAM catalog, the handler sources). Rules do no file I/O of their own, so a rule
/// is a pure function of its context.
/// </summary>
public sealed class RuleContext
{
    private readonly IReadOnlyDictionary<string, RuleInput<IReadOnlyList<EnvironmentRead>>> handlerReads;
    private readonly Lazy<IReadOnlyList<(Resource Owner, PolicyGrant Grant)>> grants;
    private readonly Lazy<ReadOnlyActions> readOnly;

    /// <summary>A context of <paramref name="stack"/> with inputs already read.</summary>
    /// <param name="stack">The stack's resource graph.</param>
    /// <param name="catalog">The IAM service authorization catalog.</param>
    /// <param name="handlerReads">The environment reads of each handler folder, by full path.</param>
    /// <param name="requirements">The IAM requirement tables of every resource type.</param>
    public RuleContext(Stack stack, RuleInput<IamCatalog> catalog, IReadOnlyDictionary<string, RuleInput<IReadOnlyList<EnvironmentRead>>> handlerReads, RuleInput<RequirementTable> requirements)
    {
        Stack = stack;
        Catalog = catalog;
        Requirements = requirements;
        this.handlerReads = handlerReads;

        readOnly = new Lazy<ReadOnlyActions>(() => new ReadOnlyActions(
            Catalog.Value,
            stack.Roots.Select(r => r.Backend).OfType<TerraformBackend>().Select(b => b.LockTableArn).Distinct(StringComparer.Ordinal).ToList(),
            stack.Config.Get("namePrefix") is null ? [] : [ArtifactBucket.Name(stack.Config)]));

        // IAM-CATALOG and IAM-LEAST both read every grant of the stack: they are listed once per context.
        grants = new Lazy<IReadOnlyList<(Resource Owner, PolicyGrant Grant)>>(() => IamGrants.List(stack));
    }

    /// <summary>The stack's resource graph.</summary>
    public Stack Stack { get; }

    /// <summary>The stack's config.</summary>
    public StackConfig Config => Stack.Config;

    /// <summary>Where the stack this one is promoted from lives (read from its stack file); null for the first stack.</summary>
    public StackLocation? Lower { get; init; }

    /// <summary>Where the stack promoted from this one lives (read from its stack file); null for the last stack.</summary>
    public StackLocation? Next { get; init; }

    /// <summary>
    /// The graph of the stack this one is promoted from, when it is built in the same run: a promotion reads that stack's
    /// artifact bucket, whose bucket and key policies decide the read with this stack's roles. Null for the first
    /// stack and when the run builds this stack alone.
    /// </summary>
    public Stack? LowerGraph { get; init; }

    /// <summary>The IAM service authorization catalog of the stack's repository.</summary>
    public RuleInput<IamCatalog> Catalog { get; }

    /// <summary>The IAM requirement tables (infra/IamRequirements): what the engine calls for each resource type.</summary>
    public RuleInput<RequirementTable> Requirements { get; }

    /// <summary>
    /// Which grants change nothing (catalog access level, plus the reasoned exceptions: kms:Decrypt, the state locks of
    /// this stack's backends): the one judgement of "read-only" every rule uses.
    /// </summary>
    public ReadOnlyActions ReadOnly => readOnly.Value;

    /// <summary>Every IAM grant of the stack (inline role policies and evidence ledgers), each with the resource that carries it.</summary>
    public IReadOnlyList<(Resource Owner, PolicyGrant Grant)> Grants => grants.Value;

    /// <summary>The environment variables the handler code under <paramref name="fullPath"/> reads; throws what reading the folder threw.</summary>
    public IReadOnlyList<EnvironmentRead> HandlerReads(string fullPath) =>
        handlerReads.TryGetValue(fullPath, out var reads)
            ? reads.Value
            : throw new InvalidOperationException($"the handler folder {fullPath} was not read before the rules ran: RuleInputs reads the Source of every LambdaService.");
}
