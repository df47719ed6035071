namespace Infra.Plans;

/// <summary>One changed attribute of a resource (or one changed output).</summary>
/// <param name="Path">The attribute path, e.g. <c>tags.Name</c> or <c>environment[0].variables</c>.</param>
/// <param name="Before">The value before the change.</param>
/// <param name="After">The value after the change.</param>
/// <param name="ForcesReplacement">True when this attribute is why the resource is replaced.</param>
public sealed record AttributeChange(string Path, AttributeValue Before, AttributeValue After, bool ForcesReplacement = false);
