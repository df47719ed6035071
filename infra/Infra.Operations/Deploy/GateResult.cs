namespace Infra.Deploy;

/// <summary>The gate's verdict on one plan.</summary>
/// <param name="Passed">True when the plan may be applied.</param>
/// <param name="Findings">Why it did not pass (or warnings when it did), one line each.</param>
public sealed record GateResult(bool Passed, IReadOnlyList<string> Findings)
{
    /// <summary>The fix of each rule that refused the plan, in rule order.</summary>
    public IReadOnlyList<string> Fixes { get; init; } = [];

    /// <summary>What to do about a refusal, in one line.</summary>
    public string Advice => Fixes.Count == 0 ? "Fix what each finding names, then plan again." : string.Join(' ', Fixes);
}
