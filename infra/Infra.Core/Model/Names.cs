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

    /// <summary>A logical name as a Terraform identifier: <c>order-processor-role</c> to <c>order_processor_role</c>.</summary>
    public static string TerraformIdentifier(string logicalName) => logicalName.Replace('-', '_');
}
