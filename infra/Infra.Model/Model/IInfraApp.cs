using Infra.Configuration;

namespace Infra.Model;

/// <summary>
/// The program the library runs, as a Pulumi program is handed to the engine: it builds each stack's graph and
/// states the facts about its repository that synthesis, the rules, the deploy verbs and the workflows need. The
/// library receives it; only the CLI's composition root names the implementation.
/// </summary>
public interface IInfraApp
{
    /// <summary>The stack whose bootstrap holds the repository and its ruleset.</summary>
    string RepositoryStack { get; }

    /// <summary>The stack pull requests are previewed against (its bootstrap holds the read-only pull-request plan role).</summary>
    string PreviewStack { get; }

    /// <summary>The repository's default branch: promotions, rollbacks and the drift check run from it only.</summary>
    string DefaultBranch { get; }

    /// <summary>The branches whose pushes deploy the first stack.</summary>
    IReadOnlyList<string> DeployDevBranches { get; }

    /// <summary>The workflow that deploys the first stack on every push to <see cref="DeployDevBranches"/>.</summary>
    string DeployDevWorkflowPath { get; }

    /// <summary>The scheduled drift workflow.</summary>
    string DriftWorkflowPath { get; }

    /// <summary>The rollback workflow.</summary>
    string RollbackWorkflowPath { get; }

    /// <summary>The pull-request preview workflow.</summary>
    string PrPreviewWorkflowPath { get; }

    /// <summary>The workflow that promotes to <paramref name="stack"/>.</summary>
    string PromoteWorkflowPath(string stack);

    /// <summary>The ledger roles of a promoted stack that read the bundles of the stack below, across accounts.</summary>
    IReadOnlyList<string> PromotionReaderRoles { get; }

    /// <summary>
    /// The app's own paths that CODEOWNERS must protect beside the library's (ledgers, rules, workflows, stacks): the
    /// code that declares the CI roles, their trust and what they may pass can weaken the pipeline as a ledger can.
    /// </summary>
    IReadOnlyList<OwnedPath> OwnedPaths { get; }

    /// <summary>Builds one stack's two roots; the stack carries this app (<see cref="Stack.App"/>) for the rules.</summary>
    /// <param name="config">The stack's config.</param>
    /// <param name="repositoryRoot">The checkout, for reading handler sources and templates.</param>
    Stack Build(StackConfig config, string repositoryRoot);
}
