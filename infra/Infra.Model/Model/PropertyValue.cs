namespace Infra.Model;

/// <summary>
/// The typed intermediate form of a resource's inputs that both emitters render: the emitters never see C# args
/// classes, and the components never see JSON or YAML.
/// </summary>
public abstract record PropertyValue;
