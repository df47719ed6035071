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
                AppendObject(builder, m.Entries, e => e.Key, e => e.Value, rootDirectory);
                break;
            case ObjectValue o:
                AppendObject(builder, o.Properties, p => p.TerraformName, p => p.Value, rootDirectory);
                break;
            default:
                throw new InvalidOperationException($"{value.GetType().Name} cannot appear inside a JSON document.");
        }

        return builder;
    }

    // Map entries and object properties alike: quoted keys in ordinal order.
    private static void AppendObject<T>(StringBuilder builder, IReadOnlyList<T> members, Func<T, string> key, Func<T, PropertyValue> value, RepositoryPath rootDirectory)
    {
        builder.Append('{');
        var sorted = TerraformValueWriter.SortedBy(members, key);
        for (var i = 0; i < sorted.Count; i++)
        {
            TerraformExpressions.AppendHclString(builder.Append(i == 0 ? string.Empty : ", "), key(sorted[i])).Append(" = ");
            Append(builder, value(sorted[i]), rootDirectory);
        }

        builder.Append('}');
    }
}
