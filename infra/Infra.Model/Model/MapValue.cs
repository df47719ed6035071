namespace Infra.Model;

/// <summary>A map attribute whose keys are data (tags, environment variables): written verbatim by both engines.</summary>
/// <param name="Entries">Key and value pairs.</param>
public sealed record MapValue(IReadOnlyList<KeyValuePair<string, PropertyValue>> Entries) : PropertyValue;
