using System.Text;
using Infra.Model;

namespace Infra.Emitters.Pulumi;

/// <summary>Renders expressions and strings in Pulumi YAML's interpolation syntax.</summary>
internal static class PulumiExpressions
{
    /// <summary>An expression as an interpolated string, e.g. <c>${order-processor-role.arn}</c>.</summary>
    public static string Interpolation(Expression expression)
    {
        if (expression is Template t)
        {
            var builder = new StringBuilder();
            foreach (var part in t.Parts)
            {
                builder.Append(part is string s ? Escape(s) : "${" + Bare((Expression)part) + "}");
            }

            return builder.ToString();
        }

        return "${" + Bare(expression) + "}";
    }

    /// <summary>
    /// Literal text: Pulumi YAML reads <c>${</c> as an interpolation and <c>$$</c> as one <c>$</c>, so a <c>$</c>
    /// followed by <c>{</c> or <c>$</c> is doubled (<c>${x}</c> is written <c>$${x}</c>).
    /// </summary>
    public static string Escape(string literal)
    {
        if (!literal.Contains('$', StringComparison.Ordinal))
        {
            return literal;
        }

        var builder = new StringBuilder(literal.Length + 4);
        for (var i = 0; i < literal.Length; i++)
        {
            builder.Append(literal[i]);
            if (literal[i] == '$' && i + 1 < literal.Length && literal[i + 1] is '{' or '$')
            {
                builder.Append('$');
            }
        }

        return builder.ToString();
    }

    /// <summary>A reference to a resource (for options such as <c>provider</c> and <c>dependsOn</c>).</summary>
    public static string ResourceReference(Resource resource) => "${" + resource.Name + "}";

    private static string Bare(Expression expression) => expression switch
    {
        AttributeReference r => $"{r.Resource.Name}.{r.PulumiAttribute}",

        // The config key itself: Pulumi YAML resolves a declared config entry by its full name.
        SecretVariable v => v.ConfigKey,
        FileHash h => throw new InfraException(
            $"The file hash of {h.Path} has no Pulumi YAML form (Pulumi hashes archives itself): mark the input that carries it TerraformOnly.",
            ExitCodes.BadInput),
        Template t => throw new InvalidOperationException($"A template nested in a template should have been flattened: {t}."),
        _ => throw new InvalidOperationException($"No Pulumi rendering for {expression.GetType().Name}."),
    };
}
