using Newtonsoft.Json;

namespace Infra.Emitters;

/// <summary>A value of a <see cref="JsonMap"/> that writes itself, so that large subtrees need no intermediate map.</summary>
public interface IJsonWritable
{
    /// <summary>Writes the value (object keys sorted ordinally).</summary>
    void WriteTo(JsonWriter writer);
}
