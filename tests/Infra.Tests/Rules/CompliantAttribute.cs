namespace Infra.Tests.Rules;

/// <summary>Marks a test as a rule's compliant case: the rule finds nothing. The registry test requires one per rule.</summary>
/// <param name="ruleId">The rule's id constant.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CompliantAttribute(string ruleId) : Attribute
{
    /// <summary>The rule the test covers.</summary>
    public string RuleId { get; } = ruleId;
}
