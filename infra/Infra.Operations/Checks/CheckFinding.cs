using Infra.Rules;

namespace Infra.Checks;

/// <summary>One finding of <c>infra check</c>: a rule's finding on a resource, or a secret in a tracked file, with where it shows in the repository.</summary>
/// <param name="RuleId">The rule (or <c>SECRETS</c> for the repository scan).</param>
/// <param name="Severity">Error (blocks), warning or info (reported only).</param>
/// <param name="Stack">The stack, or null for a repository file.</param>
/// <param name="LogicalName">The resource's path from its root (<c>order-processor/order-processor-role</c>), or null.</param>
/// <param name="File">The repository file the finding maps to (the generated <c>main.tf.json</c>, or the scanned file).</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="SuppressedBecause">The reason it is accepted (a suppression or the allow-list), if any.</param>
public sealed record CheckFinding(string RuleId, Severity Severity, string? Stack, string? LogicalName, string File, int Line, string Message, string? SuppressedBecause)
{
    /// <summary>True when the finding fails the check: an unsuppressed error.</summary>
    public bool IsBlocking => Severity == Severity.Error && SuppressedBecause is null;

    /// <summary>One line, led by the severity, or by <c>accepted</c> when a suppression accepts the finding (it is no error then).</summary>
    public override string ToString() =>
        $"{(SuppressedBecause is null ? Severity.ToString().ToLowerInvariant() : "accepted")} {RuleId}: {File}:{Line}" + (LogicalName is null ? string.Empty : $" {Stack}/{LogicalName}") + $": {Message}" +
        (SuppressedBecause is null ? string.Empty : $" [suppressed: {SuppressedBecause}]");
}
