namespace Infra.Model;

/// <summary>A string, number or boolean known at synth time.</summary>
/// <param name="Value">A string, bool, int, long, double or decimal.</param>
public sealed record ScalarValue(object Value) : PropertyValue;
