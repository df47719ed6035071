namespace Infra.Model;

/// <summary>
/// A value known only when the engine runs (another resource's attribute, a secret, a template).
/// Like Pulumi's <c>Output&lt;T&gt;</c> it can be passed wherever an <see cref="Input{T}"/> is expected.
/// </summary>
/// <typeparam name="T">The type of the eventual value.</typeparam>
public sealed class Output<T> : IInputValue
{
    /// <summary>Wraps an expression.</summary>
    public Output(Expression expression)
    {
        Expression = expression;
    }

    /// <summary>The expression the emitters render.</summary>
    public Expression Expression { get; }

    /// <inheritdoc />
    object? IInputValue.Literal => null;

    /// <inheritdoc />
    public override string ToString() =>
        throw new InvalidOperationException(
            "An Output has no value at synth time: build strings from outputs with Output.Format($\"...\") instead of string interpolation.");
}
