namespace Infra.Emitters;

/// <summary>
/// A JSON object as an emitter builds it: plain keys and values (strings, numbers, booleans, lists, nested maps),
/// written with sorted keys by <see cref="SortedJson"/>. Plain collections rather than a JSON DOM, whose per-node
/// bookkeeping dominated synth time on large programs.
/// </summary>
public sealed class JsonMap : Dictionary<string, object?>
{
    /// <summary>An empty map.</summary>
    public JsonMap()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>A map of the given entries; a repeated key is a programming error.</summary>
    public static JsonMap Of(IEnumerable<(string Key, object? Value)> entries)
    {
        var map = new JsonMap();
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }

        return map;
    }
}
