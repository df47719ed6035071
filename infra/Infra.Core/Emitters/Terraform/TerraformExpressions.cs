using System.Text;
using Infra.Model;

namespace Infra.Emitters.Terraform;

/// <summary>Renders expressions and strings in Terraform's template syntax.</summary>
internal static class TerraformExpressions
{
    /// <summary>An expression as bare HCL (no <c>${}</c>), e.g. <c>aws_iam_role.x.arn</c>.</summary>
    public static string Bare(Expression expression, RepositoryPath rootDirectory) => expression switch
    {
        AttributeReference r => $"{r.Resource.TerraformAddress}.{r.TerraformAttribute}",
        SecretVariable v => $"var.{v.Name}",
        FileHash h => $"filebase64sha256({HclString(h.Path.RelativeTo(rootDirectory))})",
        FileMd5 m => $"filemd5({HclString(m.Path.RelativeTo(rootDirectory))})",
        Template t => HclString(t, rootDirectory),
        _ => throw new InvalidOperationException($"No Terraform rendering for {expression.GetType().Name}."),
    };

    /// <summary>An expression as a JSON string value of a <c>.tf.json</c> file (a template).</summary>
    public static string Template(Expression expression, RepositoryPath rootDirectory)
    {
        if (expression is Template t)
        {
            var builder = new StringBuilder();
            foreach (var part in t.Parts)
            {
                builder.Append(part is string s ? EscapeTemplate(s) : "${" + Bare((Expression)part, rootDirectory) + "}");
            }

            return builder.ToString();
        }

        return "${" + Bare(expression, rootDirectory) + "}";
    }

    /// <summary>Literal text inside a template: <c>${</c> and <c>%{</c> would start an interpolation, so they are doubled.</summary>
    public static string EscapeTemplate(string literal) =>
        literal.Contains('{', StringComparison.Ordinal) ? literal.Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal) : literal;

    /// <summary>A quoted HCL string literal.</summary>
    public static string HclString(string literal)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in EscapeTemplate(literal))
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string HclString(Template template, RepositoryPath rootDirectory)
    {
        var builder = new StringBuilder("\"");
        foreach (var part in template.Parts)
        {
            builder.Append(part is string s ? HclString(s)[1..^1] : "${" + Bare((Expression)part, rootDirectory) + "}");
        }

        return builder.Append('"').ToString();
    }
}
