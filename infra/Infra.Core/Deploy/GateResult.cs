namespace Infra.Deploy;

/// <summary>The gate's verdict on one plan.</summary>
/// <param name="Passed">True when the plan may be applied.</param>
/// <param name="Findings">Why it did not pass (or warnings when it did), one line each.</param>
public sealed record GateResult(bool Passed, IReadOnlyList<string> Findings);
