namespace Infra.Plans;

/// <summary>One thing a gate rule found in a plan.</summary>
/// <param name="RuleId">The rule's stable id.</param>
/// <param name="Severity">Whether it fails the gate.</param>
/// <param name="Address">The resource concerned; empty for the plan as a whole.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record GateFinding(string RuleId, GateSeverity Severity, string Address, string Message);
