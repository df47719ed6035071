using System.Text;

namespace Infra.Permissions;

/// <summary>
/// A resource template of a requirement table (<c>arn:aws:lambda:${region}:${account}:function:${function_name}</c>),
/// parsed once at load into literal text and variables, so rendering it for thousands of resources scans no text.
/// </summary>
public sealed class ArnTemplate
{
    private ArnTemplate(string text, IReadOnlyList<Part> parts)
    {
        Text = text;
        Parts = parts;
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>True for the template <c>*</c>: an action without resource-level permissions.</summary>
    public bool IsWildcard => Text == "*";

    /// <summary>The argument paths the template reads (<c>function_name</c>, <c>rule.kms_master_key_id</c>, <c>role</c> of <c>${ref(role).arn}</c>).</summary>
    public IEnumerable<string> Arguments => Parts.Where(p => p.Kind is PartKind.Argument or PartKind.Referenced).Select(p => p.Value);

    /// <summary>The own attributes the template reads (<c>${attr.id}</c> gives <c>id</c>).</summary>
    public IEnumerable<string> OwnAttributes => Parts.Where(p => p.Kind == PartKind.Attribute).Select(p => p.Value);

    /// <summary>True when the template reads <c>${arn}</c>.</summary>
    public bool UsesOwnArn => Parts.Any(p => p.Kind == PartKind.OwnArn);

    internal IReadOnlyList<Part> Parts { get; }

    /// <summary>
    /// Parses <paramref name="text"/>; null with <paramref name="error"/> set when a variable is not one of
    /// <c>${region}</c>, <c>${account}</c>, <c>${arn}</c>, <c>${attr.NAME}</c>, <c>${ARGUMENT}</c> (a terraform
    /// name, dotted for nested blocks), <c>${ARGUMENT|DEFAULT}</c> (the argument, or the literal DEFAULT when unset) or
    /// <c>${ref(ARGUMENT).ATTRIBUTE}</c> (an attribute of the resource the argument references).
    /// </summary>
    public static ArnTemplate? Parse(string text, out string? error)
    {
        error = null;
        var parts = new List<Part>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0)
            {
                literal.Append(text, i, text.Length - i);
                break;
            }

            literal.Append(text, i, start - i);
            var end = text.IndexOf('}', start + 2);
            if (end < 0)
            {
                error = $"'${{' at character {start + 1} is not closed by '}}'";
                return null;
            }

            var name = text[(start + 2)..end];
            var part = VariableOf(name);
            if (part is null)
            {
                error = $"'${{{name}}}' is not a template variable";
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(PartKind.Literal, literal.ToString()));
                literal.Clear();
            }

            parts.Add(part);
            i = end + 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(PartKind.Literal, literal.ToString()));
        }

        return new ArnTemplate(text, parts);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static Part? VariableOf(string name) => name switch
    {
        // The provider's default of an optional argument, e.g. a role's path "/": the ARN is known either way.
        _ when name.IndexOf('|', StringComparison.Ordinal) is > 0 and var bar && IsPath(name[..bar]) && !name[(bar + 1)..].Contains('$', StringComparison.Ordinal)
            => new Part(PartKind.Argument, name[..bar], Default: name[(bar + 1)..]),

        // An attribute of the resource an argument references: an inline policy's role is named by the role's name,
        // but IAM evaluates its calls on the role's ARN, which only the role knows (its path).
        _ when name.StartsWith("ref(", StringComparison.Ordinal) && name.IndexOf(").", StringComparison.Ordinal) is > 4 and var close
            && IsPath(name[4..close]) && IsName(name.AsSpan(close + 2))
            => new Part(PartKind.Referenced, name[4..close], Attribute: name[(close + 2)..]),
        "region" => new Part(PartKind.Region, name),
        "account" => new Part(PartKind.Account, name),
        "arn" => new Part(PartKind.OwnArn, name),
        _ when name.StartsWith("attr.", StringComparison.Ordinal) && IsName(name.AsSpan(5)) => new Part(PartKind.Attribute, name[5..]),
        _ when IsPath(name) => new Part(PartKind.Argument, name),
        _ => null,
    };

    private static bool IsPath(string name)
    {
        foreach (var segment in name.Split('.'))
        {
            if (!IsName(segment))
            {
                return false;
            }
        }

        return true;
    }

    // Terraform argument and attribute names: lower-case letters, digits and '_', starting with a letter.
    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    internal enum PartKind
    {
        Literal,
        Region,
        Account,
        OwnArn,
        Attribute,
        Argument,
        Referenced,
    }

    /// <summary>One part: literal text, or a variable; <paramref name="Default"/> is an argument's value when unset, <paramref name="Attribute"/> what a referenced resource gives.</summary>
    internal sealed record Part(PartKind Kind, string Value, string? Default = null, string? Attribute = null);
}
