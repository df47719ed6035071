using Infra.Configuration;
using Infra.Model;
using Infra.Tests.Permissions;

namespace Infra.Tests.Components;

/// <summary>Empty stacks built from the repository's real config, for component and rule tests.</summary>
internal static class TestStacks
{
    public static Stack Empty(string stack = "dev") => new(ProjectConfig.Load(RepositoryFiles.Root).Stack(stack));

    public static ResourceOptions In(StackRoot root) => new() { Parent = root };

    /// <summary>Every provider resource of type <typeparamref name="T"/> in the stack's roots.</summary>
    public static IReadOnlyList<T> All<T>(Stack stack) => stack.Roots.SelectMany(r => r.Resources).OfType<T>().ToList();
}
