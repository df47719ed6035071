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
    public static string Write(PropertyValue value, RepositoryPath rootDirectory)
    {
        var builder = new StringBuilder();
        Write(builder, value, rootDirectory);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, PropertyValue value, RepositoryPath rootDirectory)
    {
        switch (value)
        {
            case ScalarValue { Value: string s }:
                builder.Append(TerraformExpressions.HclString(s));
                break;
            case ScalarValue { Value: bool b }:
                builder.Append(b ? "true" : "false");
                break;
            case ScalarValue s:
                builder.Append(((IFormattable)s.Value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case ExpressionValue e:
                builder.Append(TerraformExpressions.Bare(e.Expression, rootDirectory));
                break;
            case ListValue l:
                builder.Append('[');
                for (var i = 0; i < l.Items.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Write(builder, l.Items[i], rootDirectory);
                }

                builder.Append(']');
                break;
            case MapValue m:
                WriteObject(builder, m.Entries.Select(e => (e.Key, e.Value)), rootDirectory);
                break;
            case ObjectValue o:
                WriteObject(builder, o.Properties.Select(p => (p.TerraformName, p.Value)), rootDirectory);
                break;
            default:
                throw new InvalidOperationException($"{value.GetType().Name} cannot appear inside a JSON document.");
        }
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<(string Key, PropertyValue Value)> entries, RepositoryPath rootDirectory)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            builder.Append(first ? string.Empty : ", ").Append(TerraformExpressions.HclString(key)).Append(" = ");
            Write(builder, value, rootDirectory);
            first = false;
        }

        builder.Append('}');
    }
}
