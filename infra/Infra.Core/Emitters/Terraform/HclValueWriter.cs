using System.Globalization;
using System.Text;
using Infra.Model;

namespace Infra.Emitters.Terraform;

/// <summary>
/// Writes a property value as an HCL expression, for <c>jsonencode(...)</c> of policy documents: keys are quoted
/// and sorted, references stay references.
/// </summary>
internal static class HclValueWriter
{
    public static string Write(PropertyValue value, RepositoryPath rootDirectory) => Append(new StringBuilder(), value, rootDirectory).ToString();

    /// <summary>Appends <paramref name="value"/> as HCL to <paramref name="builder"/>.</summary>
    public static StringBuilder Append(StringBuilder builder, PropertyValue value, RepositoryPath rootDirectory)
    {
        switch (value)
        {
            case ScalarValue { Value: string s }:
                TerraformExpressions.AppendHclString(builder, s);
                break;
            case ScalarValue { Value: bool b }:
                builder.Append(b ? "true" : "false");
                break;
            case ScalarValue s:
                builder.Append(((IFormattable)s.Value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case ExpressionValue e:
                TerraformExpressions.AppendBare(builder, e.Expression, rootDirectory);
                break;
            case ListValue l:
                builder.Append('[');
                for (var i = 0; i < l.Items.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Append(builder, l.Items[i], rootDirectory);
                }

                builder.Append(']');
                break;
            case MapValue m:
                builder.Append('{');
                var entries = TerraformValueWriter.Sorted(m.Entries);
                for (var i = 0; i < entries.Count; i++)
                {
                    TerraformExpressions.AppendHclString(builder.Append(i == 0 ? string.Empty : ", "), entries[i].Key).Append(" = ");
                    Append(builder, entries[i].Value, rootDirectory);
                }

                builder.Append('}');
                break;
            case ObjectValue o:
                builder.Append('{');
                var properties = TerraformValueWriter.Sorted(o.Properties);
                for (var i = 0; i < properties.Count; i++)
                {
                    TerraformExpressions.AppendHclString(builder.Append(i == 0 ? string.Empty : ", "), properties[i].TerraformName).Append(" = ");
                    Append(builder, properties[i].Value, rootDirectory);
                }

                builder.Append('}');
                break;
            default:
                throw new InvalidOperationException($"{value.GetType().Name} cannot appear inside a JSON document.");
        }

        return builder;
    }
}
