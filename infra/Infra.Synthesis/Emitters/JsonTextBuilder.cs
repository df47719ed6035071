using System.Buffers;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace Infra.Emitters;

/// <summary>
/// Writes indented JSON straight into a <see cref="Utf8TextBuffer"/>, in the exact layout Newtonsoft.Json writes
/// with two-space indentation (so output does not change with the writer): one member or item per line, empty
/// objects and arrays as <c>{}</c> and <c>[]</c>, the same string escapes. The caller writes keys in order.
/// </summary>
public sealed class JsonTextBuilder
{
    private readonly Utf8TextBuffer output;

    // One entry per open object or array: whether anything has been written in it yet.
    private readonly Stack<bool> open = new();
    private bool afterName;

    /// <summary>A writer appending to <paramref name="output"/>.</summary>
    public JsonTextBuilder(Utf8TextBuffer output) => this.output = output;

    /// <summary>Starts an object (as a value: after a name, in an array, or at the top).</summary>
    public JsonTextBuilder StartObject()
    {
        BeforeValue();
        output.Append('{');
        open.Push(false);
        return this;
    }

    /// <summary>Ends the innermost object.</summary>
    public JsonTextBuilder EndObject() => End('}');

    /// <summary>Starts an array.</summary>
    public JsonTextBuilder StartArray()
    {
        BeforeValue();
        output.Append('[');
        open.Push(false);
        return this;
    }

    /// <summary>Ends the innermost array.</summary>
    public JsonTextBuilder EndArray() => End(']');

    /// <summary>Writes a member name; the next call writes its value.</summary>
    public JsonTextBuilder Name(string name)
    {
        NextLine();
        Quoted(name);
        output.Append(':').Append(' ');
        afterName = true;
        return this;
    }

    /// <summary>Writes a string value.</summary>
    public JsonTextBuilder String(ReadOnlySpan<char> value)
    {
        BeforeValue();
        Quoted(value);
        return this;
    }

    /// <summary>Writes a string value.</summary>
    public JsonTextBuilder String(string value) => String(value.AsSpan());

    /// <summary>Writes the text of <paramref name="value"/> as a string value (a builder reused for templates spares a string per value).</summary>
    public JsonTextBuilder String(StringBuilder value)
    {
        BeforeValue();
        output.Append('"');
        foreach (var chunk in value.GetChunks())
        {
            Escaped(chunk.Span);
        }

        output.Append('"');
        return this;
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public JsonTextBuilder Bool(bool value)
    {
        BeforeValue();
        output.Append(value ? "true" : "false");
        return this;
    }

    /// <summary>Writes a number (int, long, double or decimal) as Newtonsoft.Json writes it (a double always with a decimal point).</summary>
    public JsonTextBuilder Number(object value)
    {
        BeforeValue();
        output.Append(value switch
        {
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            double d => JsonConvert.ToString(d),
            decimal m => JsonConvert.ToString(m),
            _ => throw new ArgumentException($"{value.GetType().Name} is not a JSON number.", nameof(value)),
        });
        return this;
    }

    private void BeforeValue()
    {
        if (afterName)
        {
            afterName = false;
            return;
        }

        if (open.Count > 0)
        {
            NextLine();
        }
    }

    // Every member and item starts on its own line, after a comma when it is not the first.
    private void NextLine()
    {
        if (open.Pop())
        {
            output.Append(',');
        }

        open.Push(true);
        output.Append('\n').Spaces(open.Count * 2);
    }

    private JsonTextBuilder End(char close)
    {
        if (open.Pop())
        {
            output.Append('\n').Spaces(open.Count * 2);
        }

        output.Append(close);
        return this;
    }

    // Newtonsoft.Json's default escapes: quote, backslash, control characters (the short forms where JSON has
    // them) and the three line separators JavaScript reads as line ends; hex digits in lower case.
    private void Quoted(ReadOnlySpan<char> value)
    {
        output.Append('"');
        Escaped(value);
        output.Append('"');
    }

    private void Escaped(ReadOnlySpan<char> value)
    {
        // Runs without anything to escape, nearly all text, are found by a vectorized search and copied whole.
        while (value.IndexOfAny(NeedsEscape) is var i and >= 0)
        {
            var c = value[i];
            output.Append(value[..i]).Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
            value = value[(i + 1)..];
        }

        output.Append(value);
    }

    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"\\\u0085\u2028\u2029");
}
