namespace Infra.Model;

/// <summary>A string made of literal text and expressions, e.g. <c>"${bucket.arn}/email-templates/*"</c>.</summary>
/// <param name="Parts">Literal strings and expressions, in order.</param>
public sealed record Template(IReadOnlyList<object> Parts) : Expression;
