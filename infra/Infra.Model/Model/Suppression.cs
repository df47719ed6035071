namespace Infra.Model;

/// <summary>
/// Accepts a rule's finding on one resource or component (and its children), for a stated reason.
/// </summary>
public sealed record Suppression
{
    /// <summary>Creates a suppression; the reason must say why (at least 10 characters).</summary>
    public Suppression(string ruleId, string reason, DateOnly? expires = null)
    {
        if (string.IsNullOrWhiteSpace(ruleId))
        {
            throw new ArgumentException("A suppression needs the id of the rule it suppresses (e.g. \"S3-VERSIONING\").", nameof(ruleId));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
        {
            throw new ArgumentException(
                $"The suppression of {ruleId} has reason '{reason}': write why the finding is accepted, in at least 10 characters.",
                nameof(reason));
        }

        RuleId = ruleId;
        Reason = reason.Trim();
        Expires = expires;
    }

    /// <summary>The suppressed rule's id.</summary>
    public string RuleId { get; }

    /// <summary>Why the finding is accepted.</summary>
    public string Reason { get; }

    /// <summary>The day after which the suppression is reported as expired; none means it does not expire.</summary>
    public DateOnly? Expires { get; }
}
