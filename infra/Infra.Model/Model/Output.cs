namespace Infra.Model;

/// <summary>Builds string outputs from literal text and other outputs.</summary>
public static class Output
{
    /// <summary>
    /// A string template, e.g. <c>Output.Format($"{bucket.Arn}/email-templates/*")</c>; arguments may be outputs,
    /// inputs or plain values.
    /// </summary>
    public static Output<string> Format(FormattableString format)
    {
        var parts = new List<object>();
        var text = format.Format;
        var arguments = format.GetArguments();
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var end = text.IndexOf('}', i);
                var index = int.Parse(text.AsSpan(i + 1, end - i - 1).ToString().Split(':', ',')[0], System.Globalization.CultureInfo.InvariantCulture);
                var part = ToPart(arguments[index]);
                if (part is string s)
                {
                    literal.Append(s);
                }
                else
                {
                    Flush(literal, parts);
                    parts.Add(part);
                }

                i = end;
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush(literal, parts);
        return new Output<string>(new Template(parts));
    }

    /// <summary>A plain value as an output, for APIs that take outputs only.</summary>
    public static Output<string> Create(string value) => new(new Template([value]));

    private static void Flush(System.Text.StringBuilder literal, List<object> parts)
    {
        if (literal.Length > 0)
        {
            parts.Add(literal.ToString());
            literal.Clear();
        }
    }

    private static object ToPart(object? argument) => argument switch
    {
        null => string.Empty,
        Output<string> o => Unwrap(o.Expression),
        Input<string> i => i.Output is { } o ? Unwrap(o.Expression) : i.Value ?? string.Empty,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? string.Empty,
    };

    // A template inside a template is flattened so that renderers see one level.
    private static object Unwrap(Expression expression) =>
        expression is Template { Parts.Count: 1 } t ? t.Parts[0] : expression;
}
