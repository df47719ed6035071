namespace Infra.Tests.Rules;

/// <summary>Marks a test as a rule's non-compliant case: the rule fires. The registry test requires one per rule.</summary>
/// <param name="ruleId">The rule's id constant.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class NonCompliantAttribute(string ruleId) : Attribute
{
    /// <summary>The rule the test covers.</summary>
    public string RuleId { get; } = ruleId;
}
