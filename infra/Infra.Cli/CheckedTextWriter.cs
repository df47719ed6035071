using System.Text;

namespace Infra.Cli;

/// <summary>
/// Standard output or error that turns a refused write (a closed stream, a full disk such as <c>/dev/full</c>) into
/// exit 3 with one message, instead of an unhandled exception; and that shows control characters echoed from
/// damaged input (a NUL from a UTF-16 file, a bell in a log) as <c>\u0000</c> instead of passing them to the
/// terminal or a pull-request comment. Line ends, tabs and the escape that starts a colour are kept.
/// </summary>
/// <param name="inner">The stream written to.</param>
/// <param name="name">"standard output" or "standard error", for the message.</param>
public sealed class CheckedTextWriter(TextWriter inner, string name) : TextWriter
{
    /// <summary>The stream written to (whether it is the console decides colours).</summary>
    public TextWriter Inner => inner;

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <inheritdoc />
    public override void Write(char value) => Guard(() =>
    {
        if (IsHidden(value))
        {
            inner.Write(Visible(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    });

    /// <inheritdoc />
    public override void Write(string? value) => Guard(() => inner.Write(Visible(value)));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(Visible(new string(buffer, index, count))));

    /// <inheritdoc />
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(Visible(value)));

    /// <inheritdoc />
    public override void Flush() => Guard(inner.Flush);

    /// <inheritdoc />
    public override string ToString() => inner.ToString() ?? "";

    private static string? Visible(string? text)
    {
        if (text is null || !HasHidden(text))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = IsHidden(c) ? visible.Append($"\\u{(int)c:x4}") : visible.Append(c);
        }

        return visible.ToString();
    }

    private static bool HasHidden(string text)
    {
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHidden(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\u001b');

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var cause = e.InnerException is IOException io ? io.Message : e.Message;
            throw new InfraException($"could not write to {name} ({cause}): it is closed or its disk is full. Send it to a writable file or pipe and run again.", ExitCodes.EnvironmentRefused, e);
        }
    }
}
