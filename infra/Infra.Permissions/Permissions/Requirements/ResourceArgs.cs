using System.Globalization;
using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// The argument values of one resource, each read when first asked for, as IAM sees them: literals as text,
/// references through <see cref="IResourceArns"/>, anything unknown until apply as a token.
/// </summary>
internal sealed class ResourceArgs
{
    private readonly CustomResource resource;
    private readonly IResourceArns arns;
    // A resource's table names few arguments: small lists, made on first use, cost less than dictionaries for the
    // thousands of resources of a large stack.
    private List<(string Name, PropertyValue? Value)>? topLevel;
    private List<(string Path, IReadOnlyList<string>? Values)>? rendered;

    /// <summary>The arguments of <paramref name="resource"/>, references rendered through <paramref name="arns"/>.</summary>
    public ResourceArgs(CustomResource resource, IResourceArns arns)
    {
        this.resource = resource;
        this.arns = arns;
    }

    /// <summary>
    /// True when the argument at <paramref name="path"/> holds a value. An empty list and <c>false</c> are not one:
    /// a flag set to false switches its feature off, so its calls are not made.
    /// </summary>
    public bool IsSet(string path)
    {
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return InputReader.HoldsValue(resource.Args, path);
        }

        foreach (var value in Find(path))
        {
            if (HoldsValue(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsValue(PropertyValue value) => value is not (ListValue { Items.Count: 0 } or ScalarValue { Value: false });

    /// <summary>The values at <paramref name="path"/>, one per list element; null when the argument is not set.</summary>
    public IReadOnlyList<string>? Values(string path)
    {
        // A resource's argument is asked for by several calls of its table (create, update, refresh...): render it once.
        rendered ??= new(4);
        foreach (var (known, values) in rendered)
        {
            if (known == path)
            {
                return values;
            }
        }

        var result = Render(path);
        rendered.Add((path, result));
        return result;
    }

    private IReadOnlyList<string>? Render(string path)
    {
        var found = Find(path);
        if (found.Count == 0)
        {
            return null;
        }

        var values = new List<string>();
        foreach (var value in found)
        {
            Flatten(value, path, values);
        }

        return values.Count == 0 ? null : values;
    }

    /// <summary>
    /// <paramref name="attribute"/> of the resource the top-level argument <paramref name="name"/> references (its ARN
    /// for <c>arn</c>); null when the argument is not a reference, or names an argument the referenced resource does
    /// not set.
    /// </summary>
    public string? Referenced(string name, string attribute)
    {
        if (TopLevel(name) is not ExpressionValue { Expression: AttributeReference reference })
        {
            return null;
        }

        var target = reference.Resource;
        if (attribute == "arn")
        {
            return arns.Arn(target);
        }

        return InputReader.HoldsValue(target.Args, attribute) ? arns.Value(new AttributeReference(target, attribute, attribute)) : null;
    }

    /// <summary>The literal text of a top-level argument that is a plain value, or null.</summary>
    public static string? Literal(PropertyValue value) => value is ScalarValue scalar ? Format(scalar.Value) : null;

    private PropertyValue? TopLevel(string name)
    {
        topLevel ??= new(4);
        foreach (var (known, value) in topLevel)
        {
            if (known == name)
            {
                return value;
            }
        }

        var read = InputReader.ReadOne(resource.Args, name);
        topLevel.Add((name, read));
        return read;
    }

    private List<PropertyValue> Find(string path)
    {
        // Only the arguments a template names are read, each once: reading every input of every resource (what
        // ReadProperties does) costs more than the whole evaluation at a thousand services.
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var first = TopLevel(dot < 0 ? path : path[..dot]);
        List<PropertyValue> current = first is null ? [] : [first];
        if (dot < 0)
        {
            return current;
        }

        foreach (var segment in path[(dot + 1)..].Split('.'))
        {
            var next = new List<PropertyValue>();
            foreach (var node in current)
            {
                Step(node, segment, next);
            }

            current = next;
        }

        return current;
    }

    private static void Step(PropertyValue node, string segment, List<PropertyValue> next)
    {
        switch (node)
        {
            case ObjectValue block when block[segment] is { } child:
                next.Add(child);
                break;
            case ListValue list:
                // Repeated blocks (rule { ... }): the path reaches into each of them.
                foreach (var item in list.Items)
                {
                    Step(item, segment, next);
                }

                break;
            case MapValue map:
                foreach (var (key, value) in map.Entries)
                {
                    if (key == segment)
                    {
                        next.Add(value);
                    }
                }

                break;
        }
    }

    private void Flatten(PropertyValue value, string path, List<string> into)
    {
        switch (value)
        {
            case ListValue list:
                foreach (var item in list.Items)
                {
                    Flatten(item, path, into);
                }

                break;
            case ScalarValue scalar:
                into.Add(Format(scalar.Value));
                break;
            case ExpressionValue expression:
                into.Add(Render(expression.Expression, path));
                break;
            default:
                throw new InfraException($"{resource.TerraformAddress}: argument {path} is a block or map, not a value: name a value inside it in the requirement table (a dotted path, e.g. {path}.NAME).");
        }
    }

    // A function call or variable is known only to the engine: the argument itself is the unknown part.
    private string Render(Expression expression, string path) =>
        ExpressionText.Of(expression, arns, _ => ResourceArnTokens.Of(resource, path));

    private static string Format(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
