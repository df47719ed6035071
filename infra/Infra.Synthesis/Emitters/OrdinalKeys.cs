namespace Infra.Emitters;

/// <summary>
/// The key order both emitters write a mapping's members in: ordinal, each key once. A repeated key is a programming
/// error, as two members of one JSON object or YAML mapping would be.
/// </summary>
internal static class OrdinalKeys
{
    /// <summary>True when the keys of <paramref name="items"/> are strictly ascending; false when some are out of order.</summary>
    /// <param name="items">The members, in the order they would be written.</param>
    /// <param name="key">Each member's key.</param>
    /// <param name="kind">What a key is, for the error: <c>JSON key</c>, <c>YAML mapping key</c>.</param>
    /// <exception cref="InvalidOperationException">Two neighbouring keys are equal.</exception>
    public static bool InOrder<T>(IReadOnlyList<T> items, Func<T, string> key, string kind)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var order = string.CompareOrdinal(key(items[i - 1]), key(items[i]));
            if (order == 0)
            {
                throw new InvalidOperationException($"{kind} '{key(items[i])}' is written twice.");
            }

            if (order > 0)
            {
                return false;
            }
        }

        return true;
    }
}
