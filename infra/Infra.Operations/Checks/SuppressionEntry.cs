namespace Infra.Checks;

/// <summary>One suppression declared in the program, as <c>infra check --suppressions</c> lists it.</summary>
/// <param name="Stack">The stack.</param>
/// <param name="LogicalName">The path of the resource or component that declares it.</param>
/// <param name="RuleId">The suppressed rule.</param>
/// <param name="Reason">Why the finding is accepted.</param>
/// <param name="Expires">The last day it applies, if any.</param>
/// <param name="Expired">True when <paramref name="Expires"/> is before the day the check ran.</param>
public sealed record SuppressionEntry(string Stack, string LogicalName, string RuleId, string Reason, DateOnly? Expires, bool Expired)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Stack}/{LogicalName}: {RuleId}: {Reason}" + (Expires is { } d ? $" (until {d:yyyy-MM-dd}{(Expired ? ", EXPIRED" : string.Empty)})" : string.Empty);
}
