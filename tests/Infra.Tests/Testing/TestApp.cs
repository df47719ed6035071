using Infra.App;
using Infra.Model;

namespace Infra.Tests.Testing;

/// <summary>The app the tests hand to the library, as the CLI's composition root does.</summary>
public static class TestApp
{
    /// <summary>The repository's platform program.</summary>
    public static IInfraApp Platform { get; } = new PlatformProgram();
}
