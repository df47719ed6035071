using System.Text;
using Infra.Model;

namespace Infra.Cli;

/// <summary>
/// Standard output or error that turns a refused write (a closed stream, a full disk such as <c>/dev/full</c>) into
/// exit 3 with one message, instead of an unhandled exception.
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
    public override void Write(char value) => Guard(() => inner.Write(value));

    /// <inheritdoc />
    public override void Write(string? value) => Guard(() => inner.Write(value));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    /// <inheritdoc />
    public override void Flush() => Guard(inner.Flush);

    /// <inheritdoc />
    public override string ToString() => inner.ToString() ?? "";

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
