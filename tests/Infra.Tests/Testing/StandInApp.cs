using Infra.Configuration;
using Infra.Model;

namespace Infra.Tests.Testing;

/// <summary>An app with facts of the test's choosing, whose stacks are empty: shows the library reads the app it is handed.</summary>
public sealed class StandInApp : IInfraApp
{
    /// <inheritdoc/>
    public string RepositoryStack { get; init; } = "prod";

    /// <inheritdoc/>
    public string PreviewStack { get; init; } = "dev";

    /// <inheritdoc/>
    public string DefaultBranch { get; init; } = "main";

    /// <inheritdoc/>
    public IReadOnlyList<string> DeployDevBranches { get; init; } = ["main"];

    /// <inheritdoc/>
    public string DeployDevWorkflowPath { get; init; } = ".github/workflows/deploy-dev.yml";

    /// <inheritdoc/>
    public string DriftWorkflowPath { get; init; } = ".github/workflows/drift.yml";

    /// <inheritdoc/>
    public string RollbackWorkflowPath { get; init; } = ".github/workflows/rollback.yml";

    /// <inheritdoc/>
    public string PrPreviewWorkflowPath { get; init; } = ".github/workflows/pr-preview.yml";

    /// <inheritdoc/>
    public string PromoteWorkflowPath(string stack) => $".github/workflows/promote-{stack}.yml";

    /// <inheritdoc/>
    public IReadOnlyList<string> PromotionReaderRoles { get; init; } = ["github-deploy"];

    /// <inheritdoc/>
    public IReadOnlyList<OwnedPath> OwnedPaths { get; init; } = [];

    /// <summary>What the test declares in each stack it builds (nothing by default).</summary>
    public Action<Stack> Declare { get; init; } = _ => { };

    /// <inheritdoc/>
    public Stack Build(StackConfig config, string repositoryRoot)
    {
        var stack = new Stack(config, this);
        Declare(stack);
        return stack;
    }
}
