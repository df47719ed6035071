using Infra.Model;

namespace Infra.Platform;

/// <summary>
/// Physical names after the HLD-LLD convention: <c>&lt;prefix&gt;-&lt;purpose&gt;-&lt;stack&gt;</c>, e.g.
/// <c>2-1-bbws-order-templates-dev</c>. The prefix comes from <c>bbws:namePrefix</c>.
/// </summary>
public sealed class Naming
{
    /// <summary>Reads the prefix from the stack's config.</summary>
    public Naming(Stack stack)
    {
        Prefix = stack.Config.Require("namePrefix");
        Stack = stack.Name;
    }

    /// <summary>The prefix, e.g. <c>2-1-bbws</c>.</summary>
    public string Prefix { get; }

    /// <summary>The stack name.</summary>
    public string Stack { get; }

    /// <summary>The physical name of <paramref name="purpose"/> in this stack.</summary>
    public string For(string purpose) => $"{Prefix}-{purpose}-{Stack}";
}
