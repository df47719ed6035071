namespace Infra.Model;

/// <summary>
/// A value that is only known to the engine: a reference to another resource's attribute, a variable,
/// a function call or a string template made of those. Emitters render it in their own syntax.
/// </summary>
public abstract record Expression;
