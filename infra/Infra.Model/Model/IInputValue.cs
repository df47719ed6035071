namespace Infra.Model;

/// <summary>
/// What <see cref="Input{T}"/> and <see cref="Output{T}"/> hold, without their type argument: the input reader
/// reads every input of every resource, and reflecting over the generic types for each one was a large share of synth.
/// </summary>
internal interface IInputValue
{
    /// <summary>The literal value, or null when the input is an output (or unset).</summary>
    object? Literal { get; }

    /// <summary>The expression of an output, or null for a literal.</summary>
    Expression? Expression { get; }
}
