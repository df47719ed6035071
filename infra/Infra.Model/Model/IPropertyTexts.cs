namespace Infra.Model;

/// <summary>
/// A property source that can hand out the leaves of its value without building it: rules that read every text of
/// every resource (ACCOUNT) would otherwise build each policy document's whole tree only to walk it once.
/// </summary>
public interface IPropertyTexts : IPropertySource
{
    /// <summary>
    /// Hands every leaf of <see cref="IPropertySource.ToPropertyValue"/> to <paramref name="part"/>, in the order the
    /// built value holds them: strings, inputs and expressions, as <see cref="InputReader.Convert"/> would read them.
    /// </summary>
    void VisitParts(Action<object> part);
}
