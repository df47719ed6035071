using Infra.Model;

namespace Infra.Rules;

/// <summary>A rule's finding on one resource (or on a root, for root-level settings).</summary>
/// <param name="RuleId">The rule that fired.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Resource">The resource the finding is about.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="SuppressedBecause">The reason of the suppression that accepts this finding, if any.</param>
public sealed record RuleFinding(string RuleId, Severity Severity, Resource Resource, string Message, string? SuppressedBecause = null)
{
    /// <summary>True when the finding fails synth: an unsuppressed error.</summary>
    public bool IsBlocking => Severity == Severity.Error && SuppressedBecause is null;

    /// <inheritdoc />
    public override string ToString() =>
        SuppressedBecause is null
            ? $"{Severity.ToString().ToLowerInvariant()} {RuleId}: {Resource.Root.Stack.Name}/{Resource.Path} ({Resource.Type}): {Message}"
            : $"accepted {RuleId}: {Resource.Root.Stack.Name}/{Resource.Path} ({Resource.Type}), suppressed because: {SuppressedBecause}";
}
