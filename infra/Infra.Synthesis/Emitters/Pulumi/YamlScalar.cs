namespace Infra.Emitters.Pulumi;

/// <summary>A YAML scalar.</summary>
/// <param name="Text">The value's text.</param>
/// <param name="Quoted">True when the text must be written double-quoted (it would otherwise read as another type).</param>
internal sealed record YamlScalar(string Text, bool Quoted) : YamlItem;
