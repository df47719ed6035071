namespace Infra.Plans;

/// <summary>
/// One side of an attribute change. A sensitive value carries no text at all, so no renderer can leak it by mistake.
/// </summary>
/// <param name="State">Whether the value is known, unknown, sensitive or absent.</param>
/// <param name="Text">The value as compact JSON when <see cref="ValueState.Known"/>; otherwise null.</param>
public sealed record AttributeValue(ValueState State, string? Text)
{
    /// <summary>No value on this side.</summary>
    public static AttributeValue Absent { get; } = new(ValueState.Absent, null);

    /// <summary>A value computed during apply.</summary>
    public static AttributeValue Unknown { get; } = new(ValueState.Unknown, null);

    /// <summary>A value that must not be shown.</summary>
    public static AttributeValue Sensitive { get; } = new(ValueState.Sensitive, null);

    /// <summary>A value that may be shown, as compact JSON.</summary>
    public static AttributeValue Known(string text) => new(ValueState.Known, text);

    /// <summary>
    /// True when the text is an expression of the generated configuration (it names other resources) that the engine
    /// evaluates at plan time, rather than the value itself.
    /// </summary>
    public bool EvaluatedAtPlanTime { get; init; }

    /// <summary>How a preview shows this value.</summary>
    public string Display => State switch
    {
        ValueState.Known => EvaluatedAtPlanTime ? Text! + " (evaluated at plan time)" : Text!,
        ValueState.Unknown => "(known after apply)",
        ValueState.Sensitive => "(sensitive value)",
        _ => "null",
    };
}
