using System.Text;

namespace Infra.Model;

/// <summary>Name conversions between the engines' conventions.</summary>
public static class Names
{
    /// <summary><c>memory_size</c> to <c>memorySize</c>.</summary>
    public static string CamelCase(string snake)
    {
        var builder = new StringBuilder(snake.Length);
        var upper = false;
        foreach (var c in snake)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary><c>notifyToken</c> to <c>notify_token</c>.</summary>
    public static string SnakeCase(string camel)
    {
        var builder = new StringBuilder(camel.Length + 4);
        foreach (var c in camel)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(c == '-' ? '_' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>A logical name as a Terraform identifier: <c>order-processor-role</c> to <c>order_processor_role</c>.</summary>
    public static string TerraformIdentifier(string logicalName) => logicalName.Replace('-', '_');
}
