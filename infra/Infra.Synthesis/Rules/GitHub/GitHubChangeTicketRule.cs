using Infra.Configuration;

namespace Infra.Rules;

/// <summary>
/// GH-CHANGE-TICKET: a stack whose promotions need a change ticket (prod) sets <c>bbws:changeTicketPattern</c> to a
/// regular expression that compiles and refuses an empty ticket.
/// </summary>
public sealed class GitHubChangeTicketRule() : Rule(
    RuleId,
    "Prod sets bbws:changeTicketPattern, a valid pattern that an empty ticket does not match.",
    "Without a pattern any non-empty text passes as a change ticket, so the prod promotion's ticket proves nothing.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-CHANGE-TICKET";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        if (!ApprovalPolicy.NeedsChangeTicket(stack.Name))
        {
            yield break;
        }

        var pattern = stack.Config.Get(StackConfig.ChangeTicketPatternKey);
        var key = $"{stack.Project}:{StackConfig.ChangeTicketPatternKey}";
        if (string.IsNullOrWhiteSpace(pattern))
        {
            yield return Finding(stack.Main, $"{stack.Config.FileName} does not set {key}: promotions to {stack.Name} need a change ticket; set the pattern, e.g. 'CHG[0-9]{{7}}'.");
            yield break;
        }

        // An invalid pattern never gets here: config load refuses it (exit 2).
        if (stack.Config.GetChangeTicketPattern() is { } regex && regex.IsMatch(string.Empty))
        {
            yield return Finding(stack.Main, $"{key} '{pattern}' matches an empty ticket: require at least the ticket's prefix and number, e.g. 'CHG[0-9]{{7}}'.");
        }
    }
}
