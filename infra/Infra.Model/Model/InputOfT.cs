namespace Infra.Model;

/// <summary>
/// A resource input: either a plain value known at synth time or an <see cref="Output{T}"/> of another resource.
/// Converts implicitly from both, as in Pulumi, so call sites stay clean.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class Input<T> : IInputValue
{
    private Input(T? value, Output<T>? output)
    {
        Value = value;
        Output = output;
    }

    /// <summary>The plain value, when known at synth time.</summary>
    public T? Value { get; }

    /// <summary>The output, when the value comes from another resource.</summary>
    public Output<T>? Output { get; }

    /// <summary>Wraps a plain value.</summary>
    public static implicit operator Input<T>(T value) => new(value, null);

    /// <summary>Wraps an output; a null output is a null input (the property is left unset).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(output))]
    public static implicit operator Input<T>?(Output<T>? output) => output is null ? null : new(default, output);

    /// <inheritdoc />
    object? IInputValue.Literal => Output is null ? Value : null;

    /// <inheritdoc />
    Expression? IInputValue.Expression => Output?.Expression;

    /// <inheritdoc />
    public override string ToString() => Output is null ? Value?.ToString() ?? string.Empty : Output.ToString();
}
