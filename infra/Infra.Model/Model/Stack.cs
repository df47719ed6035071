using Infra.Configuration;

namespace Infra.Model;

/// <summary>
/// One deployment target, one AWS account: its config and its two programs (main and bootstrap).
/// Stacks differ only in their config.
/// </summary>
public sealed class Stack
{
    /// <summary>Creates the stack's two empty roots from its loaded config.</summary>
    /// <param name="config">The stack's config.</param>
    /// <param name="app">The app that builds the stack; null for a graph built without one (component tests).</param>
    public Stack(StackConfig config, IInfraApp? app = null)
    {
        Config = config;
        App = app;
        Main = new StackRoot(this, RootKind.Main);
        Bootstrap = new StackRoot(this, RootKind.Bootstrap);
    }

    /// <summary>The app that built the stack, whose facts (which stack holds the repository) rules read; null without one.</summary>
    public IInfraApp? App { get; }

    /// <summary>The stack name (<c>dev</c>, <c>sit</c>, <c>prod</c>).</summary>
    public string Name => Config.StackName;

    /// <summary>The project name from <c>Pulumi.yaml</c>.</summary>
    public string Project => Config.Project;

    /// <summary>The stack's config.</summary>
    public StackConfig Config { get; }

    /// <summary>The only AWS account this stack may touch (<c>&lt;project&gt;:accountId</c>).</summary>
    public string AccountId => Config.AccountId;

    /// <summary>The AWS region (<c>aws:region</c>).</summary>
    public string Region => Config.Region;

    /// <summary>The services, applied by CI.</summary>
    public StackRoot Main { get; }

    /// <summary>What CI stands on, applied by an administrator.</summary>
    public StackRoot Bootstrap { get; }

    /// <summary>Both roots.</summary>
    public IEnumerable<StackRoot> Roots => [Bootstrap, Main];

    /// <summary>The resources of type <typeparamref name="T"/> of both roots, bootstrap first, each in creation order.</summary>
    public IEnumerable<T> ResourcesOf<T>()
        where T : class => Bootstrap.ResourcesOf<T>().Concat(Main.ResourcesOf<T>());
}
