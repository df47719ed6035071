using System.Text.RegularExpressions;

namespace Infra.Configuration;

/// <summary>
/// A stack's <c>changeTicketPattern</c>: a .NET regular expression a whole change ticket must match. Matching has a
/// time limit, so a pattern that backtracks catastrophically is reported as bad config instead of hanging a promotion.
/// </summary>
public sealed class ChangeTicketPattern
{
    /// <summary>How long one match may take; a ticket is a few characters, so anything near this is a runaway pattern.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex regex;

    private ChangeTicketPattern(Regex regex, string text, string file, string key)
    {
        this.regex = regex;
        File = file;
        Key = key;
        Text = text;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The stack file that sets it.</summary>
    public string File { get; }

    /// <summary>The full config key, e.g. <c>bbws:changeTicketPattern</c>.</summary>
    public string Key { get; }

    /// <summary>Compiles <paramref name="pattern"/>; an invalid one is an exit-2 error naming <paramref name="file"/> and <paramref name="key"/>.</summary>
    public static ChangeTicketPattern Parse(string pattern, string file, string key)
    {
        try
        {
            return new ChangeTicketPattern(new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant, MatchTimeout), pattern, file, key);
        }
        catch (ArgumentException e)
        {
            throw ConfigErrors.Invalid(file, key, $"is '{pattern}', not a valid regular expression ({e.Message})", "write a .NET regular expression for the whole ticket, e.g. CHG[0-9]{7}");
        }
    }

    /// <summary>True when the whole <paramref name="ticket"/> matches; a match that runs out of time is an exit-2 error.</summary>
    public bool IsMatch(string ticket)
    {
        try
        {
            return regex.IsMatch(ticket);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new InfraException($"{File}: '{Key}' '{Text}' took over {MatchTimeout.TotalSeconds:0} s to match a ticket (catastrophic backtracking, e.g. nested quantifiers like (a+)+): simplify it to the ticket's exact shape, e.g. CHG[0-9]{{7}}.");
        }
    }
}
