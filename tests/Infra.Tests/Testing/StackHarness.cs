using Infra.Configuration;
using Infra.Model;

namespace Infra.Tests.Testing;

/// <summary>
/// Runs the platform program for one stack in memory, like Pulumi.Testing, and exposes every resource with its
/// inputs and its options (Pulumi's own mocks cannot show <c>protect</c>).
/// </summary>
public static class StackHarness
{
    /// <summary>Builds a stack of the real repository.</summary>
    public static Stack Build(string stackName) => Build(RepositoryFiles.Root, stackName);

    /// <summary>Builds a stack of the repository at <paramref name="repositoryRoot"/>.</summary>
    public static Stack Build(string repositoryRoot, string stackName) =>
        TestApp.Platform.Build(ProjectConfig.Load(repositoryRoot).Stack(stackName), repositoryRoot);

    /// <summary>Every provider resource of both roots of the stack.</summary>
    public static IEnumerable<CustomResource> AllResources(this Stack stack) => stack.Roots.SelectMany(r => r.CustomResources);
}
