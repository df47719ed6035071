using System.Globalization;

namespace Infra.Tests.Testing;

/// <summary>The order in which a command's output first names each of the repository's stacks.</summary>
public static class StackOrder
{
    private static readonly string[] Stacks = ["dev", "sit", "prod"];

    /// <summary>
    /// The stacks whose <paramref name="pattern"/> (a format string, <c>{0}</c> for the stack) occurs in
    /// <paramref name="output"/>, ordered by where each first occurs; a stack that never occurs is left out.
    /// </summary>
    public static IReadOnlyList<string> Of(string output, string pattern) =>
        Stacks
            .Select(s => (Stack: s, At: output.IndexOf(string.Format(CultureInfo.InvariantCulture, pattern, s), StringComparison.Ordinal)))
            .Where(s => s.At >= 0)
            .OrderBy(s => s.At)
            .Select(s => s.Stack)
            .ToList();
}
