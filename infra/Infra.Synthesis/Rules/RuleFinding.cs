using Infra.Model;

namespace Infra.Rules;

/// <summary>A rule's finding: on one resource of the graph (or on a root, for root-level settings), or at a place outside it (a plan's address, a ledger's line).</summary>
/// <param name="RuleId">The rule that fired.</param>
/// <param name="Severity">Error (blocks), warning or info (reported only).</param>
/// <param name="Resource">The resource the finding is about; null for a finding outside the graph, which names its <see cref="Address"/>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="SuppressedBecause">The reason of the suppression that accepts this finding, if any.</param>
public sealed record RuleFinding(string RuleId, Severity Severity, Resource? Resource, string Message, string? SuppressedBecause = null)
{
    /// <summary>
    /// Where a finding outside the graph is: a plan's resource address (empty for the plan as a whole), a ledger's
    /// <c>file:line</c> or a grant's origin; empty for findings on a <see cref="Resource"/>.
    /// </summary>
    public string Address { get; init; } = string.Empty;

    /// <summary>
    /// False when the rule has judged the finding's suppression and found it insufficient (a prod destroy whose
    /// suppression has no expiry, or an expired one): the runner then leaves the finding unsuppressed. True by default.
    /// </summary>
    public bool Suppressible { get; init; } = true;

    /// <summary>True when the finding fails synth or refuses the plan: an unsuppressed error.</summary>
    public bool IsBlocking => Severity == Severity.Error && SuppressedBecause is null;

    /// <inheritdoc />
    public override string ToString() =>
        Resource is null ? $"{Severity.ToString().ToLowerInvariant()} {RuleId}: {(Address.Length == 0 ? "the plan" : Address)}: {Message}"
        : SuppressedBecause is null
            ? $"{Severity.ToString().ToLowerInvariant()} {RuleId}: {Resource.Root.Stack.Name}/{Resource.Path} ({Resource.Type}): {Message}"
            : $"accepted {RuleId}: {Resource.Root.Stack.Name}/{Resource.Path} ({Resource.Type}), suppressed because: {SuppressedBecause}";
}
