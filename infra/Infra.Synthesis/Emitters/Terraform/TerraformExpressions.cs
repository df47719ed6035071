using System.Text;
using Infra.Model;

namespace Infra.Emitters.Terraform;

/// <summary>
/// Renders expressions and strings in Terraform's template syntax. The Append forms write into a caller's builder:
/// a large module renders hundreds of thousands of them, and a string per piece was most of synth's garbage.
/// </summary>
internal static class TerraformExpressions
{
    /// <summary>An expression as a JSON string value of a <c>.tf.json</c> file (a template).</summary>
    public static string Template(Expression expression, RepositoryPath rootDirectory) => AppendTemplate(new StringBuilder(), expression, rootDirectory).ToString();

    /// <summary>Literal text inside a template: <c>${</c> and <c>%{</c> would start an interpolation, so they are doubled.</summary>
    public static string EscapeTemplate(string literal) =>
        literal.Contains('{', StringComparison.Ordinal) ? AppendEscapedTemplate(new StringBuilder(), literal).ToString() : literal;

    /// <summary>Appends an expression as bare HCL (no <c>${}</c>), e.g. <c>aws_iam_role.x.arn</c>.</summary>
    public static StringBuilder AppendBare(StringBuilder builder, Expression expression, RepositoryPath rootDirectory)
    {
        switch (expression)
        {
            case AttributeReference r:
                return builder.Append(r.Resource.Type).Append('.').Append(r.Resource.TerraformIdentifier).Append('.').Append(r.TerraformAttribute);
            case SecretVariable v:
                return builder.Append("var.").Append(v.Name);
            case FileHash h:
                return AppendHclString(builder.Append("filebase64sha256("), h.Path.RelativeTo(rootDirectory)).Append(')');
            case FileMd5 m:
                return AppendHclString(builder.Append("filemd5("), m.Path.RelativeTo(rootDirectory)).Append(')');
            case Template t:
                builder.Append('"');
                foreach (var part in t.Parts)
                {
                    if (part is string s)
                    {
                        AppendHclStringBody(builder, s);
                    }
                    else
                    {
                        AppendBare(builder.Append("${"), (Expression)part, rootDirectory).Append('}');
                    }
                }

                return builder.Append('"');
            default:
                throw new InvalidOperationException($"No Terraform rendering for {expression.GetType().Name}.");
        }
    }

    /// <summary>Appends <see cref="Template"/>.</summary>
    public static StringBuilder AppendTemplate(StringBuilder builder, Expression expression, RepositoryPath rootDirectory)
    {
        if (expression is not Template t)
        {
            return AppendBare(builder.Append("${"), expression, rootDirectory).Append('}');
        }

        foreach (var part in t.Parts)
        {
            if (part is string s)
            {
                AppendEscapedTemplate(builder, s);
            }
            else
            {
                AppendBare(builder.Append("${"), (Expression)part, rootDirectory).Append('}');
            }
        }

        return builder;
    }

    /// <summary>Appends a quoted HCL string literal.</summary>
    public static StringBuilder AppendHclString(StringBuilder builder, string literal) => AppendHclStringBody(builder.Append('"'), literal).Append('"');

    // The inside of a quoted HCL string: template escapes, then the string escapes.
    private static StringBuilder AppendHclStringBody(StringBuilder builder, string literal)
    {
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '$' or '%' when StartsInterpolation(literal, i) => builder.Append(c).Append(c),
                _ => builder.Append(c),
            };
        }

        return builder;
    }

    private static StringBuilder AppendEscapedTemplate(StringBuilder builder, string literal)
    {
        if (!literal.Contains('{', StringComparison.Ordinal))
        {
            return builder.Append(literal);
        }

        for (var i = 0; i < literal.Length; i++)
        {
            builder.Append(literal[i]);
            if (StartsInterpolation(literal, i))
            {
                builder.Append(literal[i]);
            }
        }

        return builder;
    }

    // '${' and '%{' open an interpolation or a directive; their first character is doubled to write it literally.
    private static bool StartsInterpolation(string text, int i) => text[i] is '$' or '%' && i + 1 < text.Length && text[i + 1] == '{';
}
