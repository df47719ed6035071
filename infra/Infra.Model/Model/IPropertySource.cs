namespace Infra.Model;

/// <summary>An input type that converts itself to a property value (e.g. a policy document).</summary>
public interface IPropertySource
{
    /// <summary>The value the emitters render.</summary>
    PropertyValue ToPropertyValue();
}
