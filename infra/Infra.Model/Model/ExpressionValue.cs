namespace Infra.Model;

/// <summary>A value the engine computes: a reference, a secret variable, a function call or a template.</summary>
/// <param name="Expression">The expression.</param>
public sealed record ExpressionValue(Expression Expression) : PropertyValue;
