using System.Diagnostics.CodeAnalysis;

namespace Infra.Rules;

/// <summary>
/// A call's request context as AWS sends it: the call's own keys, plus <c>aws:SecureTransport</c> (every CI call uses
/// TLS, and bucket policies that deny plain HTTP must see it) unless the call sets it. A view, not a copy: IAM-COVERAGE
/// builds one per distinct call context, and copying each into a new dictionary was a fifth of what it allocated.
/// Keys compare case-insensitively, as IAM's do.
/// </summary>
internal sealed class TransportContext(IReadOnlyDictionary<string, IReadOnlyList<string>> call) : IReadOnlyDictionary<string, IReadOnlyList<string>>
{
    private const string SecureTransportKey = "aws:SecureTransport";
    private static readonly IReadOnlyList<string> SecureTransport = ["true"];

    /// <inheritdoc />
    public IReadOnlyList<string> this[string key] => TryGetValue(key, out var values) ? values : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    /// <inheritdoc />
    public IEnumerable<IReadOnlyList<string>> Values => this.Select(pair => pair.Value);

    /// <inheritdoc />
    public int Count => call.Count + (CallSetsTransport ? 0 : 1);

    private bool CallSetsTransport => Find(SecureTransportKey, out _);

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value)
    {
        if (Find(key, out value))
        {
            return true;
        }

        if (string.Equals(key, SecureTransportKey, StringComparison.OrdinalIgnoreCase))
        {
            value = SecureTransport;
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator()
    {
        foreach (var pair in call)
        {
            yield return pair;
        }

        if (!CallSetsTransport)
        {
            yield return new(SecureTransportKey, SecureTransport);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    // The call's dictionary may compare keys ordinally: an exact hit first, then any spelling.
    private bool Find(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value)
    {
        if (call.TryGetValue(key, out value))
        {
            return true;
        }

        foreach (var (known, values) in call)
        {
            if (string.Equals(known, key, StringComparison.OrdinalIgnoreCase))
            {
                value = values;
                return true;
            }
        }

        value = null;
        return false;
    }
}
