using Infra.Model;

namespace Infra.Components;

/// <summary>
/// Physical names after the HLD-LLD convention: <c>&lt;prefix&gt;-&lt;purpose&gt;-&lt;stack&gt;</c>, e.g.
/// <c>2-1-bbws-orders-dev</c>; names in a namespace shared by all accounts also hold the account id. The prefix
/// comes from <c>bbws:namePrefix</c>.
/// </summary>
public sealed class Naming
{
    /// <summary>Reads the prefix from the stack's config.</summary>
    public Naming(Stack stack)
    {
        Prefix = stack.Config.NamePrefix;
        Stack = stack.Name;
        AccountId = stack.AccountId;
    }

    /// <summary>The prefix, e.g. <c>2-1-bbws</c>.</summary>
    public string Prefix { get; }

    /// <summary>The stack name.</summary>
    public string Stack { get; }

    /// <summary>The stack's AWS account id.</summary>
    public string AccountId { get; }

    /// <summary>The physical name of <paramref name="purpose"/> in this stack.</summary>
    public string For(string purpose) => $"{Prefix}-{purpose}-{Stack}";

    /// <summary>
    /// The name of <paramref name="purpose"/> in a namespace all AWS accounts share (S3 buckets):
    /// <c>&lt;prefix&gt;-&lt;purpose&gt;-&lt;account id&gt;-&lt;stack&gt;</c>, so no other account is likely to hold it first.
    /// </summary>
    public string ForGlobal(string purpose) => $"{Prefix}-{purpose}-{AccountId}-{Stack}";
}
