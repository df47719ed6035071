using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Infra.Model;

/// <summary>
/// Reads an args object (properties marked <see cref="InputAttribute"/>) into an <see cref="ObjectValue"/>.
/// Null properties are left out; dictionaries become maps, nested args objects become blocks.
/// </summary>
public static class InputReader
{
    private static readonly ConcurrentDictionary<Type, InputProperty[]> Cache = new();
    private static readonly ConcurrentDictionary<(Type, string), InputProperty?> ByName = new();

    // Read runs for every resource in every emitter: its properties are gathered in one growing list per thread and
    // copied out at their final size, instead of growing a new list per object (nested blocks stack above their
    // parent's entries and are removed before the parent adds its own).
    [ThreadStatic]
    private static List<Property>? gathered;

    /// <summary>Reads every set input of <paramref name="args"/>.</summary>
    public static ObjectValue Read(object args)
    {
        var buffer = gathered ??= [];
        var start = buffer.Count;
        try
        {
            foreach (var input in PropertiesOf(args.GetType()))
            {
                var raw = input.Get(args);
                var value = raw is null ? null : Convert(raw);
                if (value is not null)
                {
                    buffer.Add(new Property(input.Attribute.TerraformName, input.PulumiName, value));
                }
            }

            // A plain loop: List.CopyTo goes through the untyped Array.Copy, whose checks cost more than these few items.
            var properties = new Property[buffer.Count - start];
            for (var i = 0; i < properties.Length; i++)
            {
                properties[i] = buffer[start + i];
            }

            return new ObjectValue(properties);
        }
        finally
        {
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(buffer, start);
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with every text <see cref="Read"/> would put in the tree of <paramref name="args"/>,
    /// in the same order: string values and the literal parts of templates, in nested blocks, lists, map values and
    /// documents (map keys and references are not texts). For readers that look for something in every string of every
    /// resource: nothing is built on the way but the documents' own trees.
    /// </summary>
    public static void VisitTexts(object args, Action<string> visit)
    {
        foreach (var input in PropertiesOf(args.GetType()))
        {
            if (input.Get(args) is { } raw)
            {
                VisitRawTexts(raw, visit);
            }
        }
    }

    // The same cases as Convert, in the same order: what Convert makes a text, this visits.
    private static void VisitRawTexts(object raw, Action<string> visit)
    {
        switch (raw)
        {
            case PropertyValue value:
                VisitTreeTexts(value, visit);
                break;
            case IInputValue { Expression: { } e }:
                VisitExpressionTexts(e, visit);
                break;
            case IInputValue { Literal: { } literal }:
                VisitRawTexts(literal, visit);
                break;
            case IInputValue:
                break;
            case IPropertyTexts texts:
                texts.VisitParts(part => VisitRawTexts(part, visit));
                break;
            case IPropertySource source:
                VisitTreeTexts(source.ToPropertyValue(), visit);
                break;
            case string text:
                visit(text);
                break;
            case bool or int or long or double or decimal:
                break;
            case Enum e:
                visit(e.ToString());
                break;
            case Expression e:
                VisitExpressionTexts(e, visit);
                break;
            case RepositoryPath path:
                visit(path.Value);
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value is { } value)
                    {
                        VisitRawTexts(value, visit);
                    }
                }

                break;
            case IEnumerable list:
                foreach (var item in list)
                {
                    if (item is not null)
                    {
                        VisitRawTexts(item, visit);
                    }
                }

                break;
            default:
                if (PropertiesOf(raw.GetType()).Length == 0)
                {
                    throw CannotEmit(raw);
                }

                VisitTexts(raw, visit);
                break;
        }
    }

    private static InvalidOperationException CannotEmit(object raw) =>
        new($"Input of type {raw.GetType().Name} cannot be emitted: give it [Input] properties or implement IPropertySource.");

    /// <summary>Visits every text of a built value: its strings, and the texts of its expressions.</summary>
    public static void VisitTreeTexts(PropertyValue value, Action<string> visit) =>
        PropertyValueWalker.Visit(value, node =>
        {
            switch (node)
            {
                case ScalarValue { Value: string text }:
                    visit(text);
                    break;
                case ExpressionValue { Expression: var e }:
                    VisitExpressionTexts(e, visit);
                    break;
            }
        });

    private static void VisitExpressionTexts(Expression expression, Action<string> visit)
    {
        if (expression is Template template)
        {
            foreach (var part in template.Parts)
            {
                if (part is string text)
                {
                    visit(text);
                }
            }
        }
    }

    /// <summary>
    /// Reads one input of <paramref name="args"/> by its Terraform name; null when unset or unknown. Readers that need a
    /// few arguments of many resources (the IAM requirements) use it instead of <see cref="Read"/>, which reads them all.
    /// </summary>
    public static PropertyValue? ReadOne(object args, string terraformName) =>
        ReadRaw(args, terraformName) is { } raw ? Convert(raw) : null;

    /// <summary>
    /// True when the input of <paramref name="args"/> named <paramref name="terraformName"/> holds something: set, not
    /// an empty list, not <c>false</c> (what <see cref="ReadOne"/> would return as neither an empty list nor false). Decided on the raw value, without converting it (a policy document or a
    /// map would be built only to be thrown away).
    /// </summary>
    public static bool HoldsValue(object args, string terraformName) => ReadRaw(args, terraformName) switch
    {
        null or false => false,
        IInputValue { Expression: null, Literal: null } => false,
        IInputValue { Expression: null, Literal: false } => false,
        IInputValue { Expression: null, Literal: ICollection { Count: 0 } and not IDictionary } => false,
        ICollection { Count: 0 } and not IDictionary => false,
        _ => true,
    };

    private static object? ReadRaw(object args, string terraformName) =>
        ByName.GetOrAdd((args.GetType(), terraformName), key => PropertiesOf(key.Item1).FirstOrDefault(p => p.Attribute.TerraformName == key.Item2))?.Get(args);

    /// <summary>The Pulumi name of a Terraform input of an args type; null when it is Terraform-only or unknown.</summary>
    public static string? PulumiNameOf(Type argsType, string terraformName) =>
        PropertiesOf(argsType).FirstOrDefault(p => p.Attribute.TerraformName == terraformName)?.PulumiName
        ?? (PropertiesOf(argsType).Length == 0 ? null : Names.CamelCase(terraformName));

    /// <summary>Converts one input value.</summary>
    public static PropertyValue? Convert(object raw) => raw switch
    {
        PropertyValue v => v,
        IInputValue { Expression: { } e } => new ExpressionValue(e),
        IInputValue { Literal: { } literal } => Convert(literal),
        IInputValue => null,
        IPropertySource s => s.ToPropertyValue(),
        string or bool or int or long or double or decimal => new ScalarValue(raw),
        Enum e => new ScalarValue(e.ToString()),
        Expression e => new ExpressionValue(e),
        RepositoryPath p => new ScalarValue(p.Value),
        IDictionary dictionary => ConvertMap(dictionary),
        IEnumerable list => ConvertList(list),
        _ when PropertiesOf(raw.GetType()).Length > 0 => Read(raw),
        _ => throw CannotEmit(raw),
    };

    private static InputProperty[] PropertiesOf(Type type) => Cache.GetOrAdd(type, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Info: p, Attribute: p.GetCustomAttribute<InputAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => new InputProperty(p.Info, p.Attribute!, p.Attribute!.TerraformOnly ? null : p.Attribute.Pulumi ?? Names.CamelCase(p.Attribute.TerraformName)))
            .OrderBy(p => p.Attribute.TerraformName, StringComparer.Ordinal)
            .ToArray());

    private static MapValue ConvertMap(IDictionary dictionary)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (DictionaryEntry entry in dictionary)
        {
            var value = entry.Value is null ? null : Convert(entry.Value);
            if (value is not null)
            {
                entries.Add(new((string)entry.Key, value));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new MapValue(entries);
    }

    private static ListValue ConvertList(IEnumerable list)
    {
        var items = new List<PropertyValue>();
        foreach (var item in list)
        {
            var value = item is null ? null : Convert(item);
            if (value is not null)
            {
                items.Add(value);
            }
        }

        return new ListValue(items);
    }

    private sealed record InputProperty(PropertyInfo Info, InputAttribute Attribute, string? PulumiName)
    {
        /// <summary>Reads the property of an args object.</summary>
        public Func<object, object?> Get { get; } = Accessor(Info);
    }

    // A delegate bound to the getter, not PropertyInfo.GetValue: the generated bindings have over a thousand inputs,
    // most of them unset and all read for every resource, and reflection gave each getter an emitted invoke stub whose
    // clean-up the finalizer re-examined after every collection (a fifth of a large synth's CPU). The typed binder is
    // made with a parameterless Activator call and bound through an interface for the same reason: invoking a
    // generic method made once per property (MethodInfo.Invoke) emitted such a stub for every one of them.
    private static Func<object, object?> Accessor(PropertyInfo info) =>
        info.GetMethod is { IsStatic: false } getter && info.DeclaringType is { IsValueType: false } declaring && info.GetIndexParameters().Length == 0
            ? ((IGetterBinder)Activator.CreateInstance(typeof(GetterBinder<,>).MakeGenericType(declaring, info.PropertyType))!).Bind(getter)
            : info.GetValue;

    private interface IGetterBinder
    {
        Func<object, object?> Bind(MethodInfo getter);
    }

    private sealed class GetterBinder<TArgs, TValue> : IGetterBinder
        where TArgs : class
    {
        public Func<object, object?> Bind(MethodInfo getter)
        {
            var get = getter.CreateDelegate<Func<TArgs, TValue>>();
            return args => get((TArgs)args);
        }
    }
}
