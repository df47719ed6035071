namespace Infra.Plans;

/// <summary>The parts of a Pulumi URN: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;parent types$&gt;&lt;type&gt;::&lt;name&gt;</c>.</summary>
/// <param name="Stack">The stack name.</param>
/// <param name="Project">The project name.</param>
/// <param name="Type">The resource type token, e.g. <c>aws:s3/bucket:Bucket</c>.</param>
/// <param name="ParentTypes">The parent components' type tokens, outermost first.</param>
/// <param name="Name">The resource name.</param>
public sealed record PulumiUrn(string Stack, string Project, string Type, IReadOnlyList<string> ParentTypes, string Name)
{
    private const string Prefix = "urn:pulumi:";

    /// <summary>The address previews show and gates list: <c>&lt;type&gt;::&lt;name&gt;</c>.</summary>
    public string Address => $"{Type}::{Name}";

    /// <summary>Parses a URN; null when it is not one.</summary>
    public static PulumiUrn? TryParse(string urn)
    {
        if (!urn.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = urn[Prefix.Length..].Split("::");
        if (parts.Length < 4)
        {
            return null;
        }

        var types = parts[2].Split('$');
        return new PulumiUrn(parts[0], parts[1], types[^1], types[..^1], string.Join("::", parts[3..]));
    }
}
