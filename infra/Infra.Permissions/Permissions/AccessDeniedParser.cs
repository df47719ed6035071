using System.Text;
using System.Text.RegularExpressions;

namespace Infra.Permissions;

/// <summary>
/// Finds AWS authorization failures in error messages and CI logs, in the forms they really take: the plain
/// sentence with or without its reason, explicit denies, the wrappers of the Terraform AWS provider (SDK for Go v2),
/// boto3, the SDKs for Java and .NET, CloudFormation events and the Serverless Framework; log prefixes (timestamps,
/// Terraform's diagnostic box), lines broken by the terminal (even inside an action name or an ARN), quoted ARNs,
/// and several denials in one log.
/// </summary>
public static partial class AccessDeniedParser
{
    /// <summary>
    /// Every denial in <paramref name="text"/>, in order. When there is none, one entry says why:
    /// <see cref="DenialReason.Opaque"/>, <see cref="DenialReason.Unparseable"/> or <see cref="DenialReason.NotAuthorizationError"/>.
    /// </summary>
    public static IReadOnlyList<AccessDenial> Parse(string text)
    {
        var normalized = Normalize(text);
        var denials = new List<AccessDenial>();
        var starts = NotAuthorized().Matches(normalized).ToList();
        var covered = new List<(int Start, int End)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var segmentEnd = i + 1 < starts.Count ? starts[i + 1].Index : normalized.Length;
            var previousEnd = covered.Count > 0 ? covered[^1].End : 0;
            var (denial, start, end) = ReadDenial(normalized, starts[i], previousEnd, segmentEnd);
            denials.Add(denial);
            covered.Add((start, end));
        }

        foreach (Match opaque in OpaqueDenial().Matches(normalized))
        {
            if (!covered.Any(c => opaque.Index >= c.Start && opaque.Index < c.End))
            {
                denials.Add(ReadOpaque(normalized, opaque));
            }
        }

        if (denials.Count > 0)
        {
            return denials.OrderBy(d => normalized.IndexOf(d.Text, StringComparison.Ordinal)).ToList();
        }

        var reason = AuthorizationWords().IsMatch(normalized) ? DenialReason.Unparseable : DenialReason.NotAuthorizationError;
        return [new AccessDenial(null, [], null, reason, false, null, null, null, Clip(Regex.Replace(normalized.Trim(), @"\s+", " "), 300))];
    }

    private static (AccessDenial Denial, int Start, int End) ReadDenial(string text, Match start, int previousEnd, int segmentEnd)
    {
        var before = text[previousEnd..start.Index];
        var principalMatch = PrincipalBefore().Match(before);
        var principal = principalMatch.Success ? Unquote(principalMatch.Groups["principal"].Value) : null;
        var sentenceStart = principalMatch.Success ? previousEnd + principalMatch.Index : start.Index;

        // Every clause is matched on the whole text from the cursor (\G), so that "end of text" means the real end,
        // and must stay within this denial's segment.
        var cursor = start.Index + start.Length;
        bool Fits(Match m) => m.Success && m.Index + m.Length <= segmentEnd;

        var actions = new List<string>();
        var actionMatch = ActionList().Match(text, cursor);
        if (!Fits(actionMatch))
        {
            actionMatch = FirstAction().Match(text, cursor);
        }

        if (Fits(actionMatch))
        {
            actions.AddRange(actionMatch.Groups["action"].Captures.Select(c => CanonicalAction(c.Value)));
            cursor = actionMatch.Index + actionMatch.Length;
        }

        string? resource = null;
        var resourceMatch = ResourceAfter().Match(text, cursor);
        if (!Fits(resourceMatch))
        {
            resourceMatch = FirstResource().Match(text, cursor);
        }

        if (Fits(resourceMatch))
        {
            resource = Unquote(Regex.Replace(resourceMatch.Groups["resource"].Value, @"\s+", string.Empty)).TrimEnd('.', ',', ';', ')');
            cursor = resourceMatch.Index + resourceMatch.Length;
        }

        var reason = DenialReason.Unstated;
        var explicitDeny = false;
        string? policyArn = null;
        var reasonMatch = Because().Match(text, cursor);
        var denyMatch = ExplicitDenyClause().Match(text, cursor);
        if (Fits(reasonMatch))
        {
            reason = ReasonOf(reasonMatch.Groups["where"].Value);
            var named = CanonicalAction(reasonMatch.Groups["action"].Value);
            if (actions.Count == 1 && !string.Equals(named, actions[0], StringComparison.OrdinalIgnoreCase))
            {
                // The reason repeats the action; when the first copy was mangled by a line break, trust the second.
                actions[0] = named;
            }

            cursor = reasonMatch.Index + reasonMatch.Length;
        }
        else if (Fits(denyMatch))
        {
            reason = ReasonOf(denyMatch.Groups["where"].Value);
            reason = reason == DenialReason.MissingIdentityGrant ? DenialReason.IdentityPolicyDeny : reason;
            explicitDeny = true;
            policyArn = denyMatch.Groups["policy"].Success ? denyMatch.Groups["policy"].Value.TrimEnd('.', ',', ')') : null;
            cursor = denyMatch.Index + denyMatch.Length;
        }
        else if (actions.Count == 1 && actions[0].Equals("sts:AssumeRoleWithWebIdentity", StringComparison.OrdinalIgnoreCase))
        {
            // configure-aws-credentials' "Not authorized to perform sts:AssumeRoleWithWebIdentity": the role's trust
            // policy does not accept the token's subject or audience.
            reason = DenialReason.ResourcePolicy;
        }

        if (actions.Count == 0)
        {
            reason = DenialReason.Unparseable;
        }

        var sentence = Regex.Replace(text[sentenceStart..cursor].Trim(), @"\s+", " ");
        var denial = new AccessDenial(principal, actions, resource, reason, explicitDeny, policyArn, OperationBefore(text, sentenceStart), null, sentence);
        return (denial, sentenceStart, cursor);
    }

    private static AccessDenial ReadOpaque(string text, Match match)
    {
        var encoded = match.Groups["encoded"].Success ? match.Groups["encoded"].Value : null;
        return new AccessDenial(null, [], null, DenialReason.Opaque, false, null, OperationBefore(text, match.Index + match.Length), encoded, Clip(Regex.Replace(match.Value.Trim(), @"\s+", " "), 300));
    }

    private static string? OperationBefore(string text, int index)
    {
        var window = text[Math.Max(0, index - 400)..index];
        var wrapped = OperationWrapper().Matches(window).LastOrDefault();
        if (wrapped is null)
        {
            return null;
        }

        return wrapped.Groups["service"].Success
            ? $"{wrapped.Groups["service"].Value}: {wrapped.Groups["op"].Value}"
            : wrapped.Groups["op"].Value;
    }

    private static DenialReason ReasonOf(string where)
    {
        var w = Regex.Replace(where, @"\s+", " ").ToLowerInvariant();
        return w switch
        {
            _ when w.StartsWith("identity", StringComparison.Ordinal) => DenialReason.MissingIdentityGrant,
            _ when w.StartsWith("service control", StringComparison.Ordinal) => DenialReason.ServiceControlPolicy,
            _ when w.StartsWith("resource control", StringComparison.Ordinal) => DenialReason.ResourceControlPolicy,
            _ when w.StartsWith("permissions boundary", StringComparison.Ordinal) => DenialReason.PermissionsBoundary,
            _ when w.StartsWith("session", StringComparison.Ordinal) => DenialReason.SessionPolicy,
            _ when w.StartsWith("resource-based", StringComparison.Ordinal) => DenialReason.ResourcePolicy,
            _ when w.StartsWith("vpc endpoint", StringComparison.Ordinal) => DenialReason.VpcEndpointPolicy,
            _ => DenialReason.Unparseable,
        };
    }

    /// <summary><c>SNS:Publish</c> to <c>sns:Publish</c>: IAM service prefixes are lower case; a broken name is joined again.</summary>
    private static string CanonicalAction(string action)
    {
        var joined = Regex.Replace(action, @"\s+", string.Empty).Trim('`', '\'', '"');
        var colon = joined.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? joined : joined[..colon].ToLowerInvariant() + joined[colon..];
    }

    private static string Unquote(string value) => value.Trim('"', '\'', '`', '“', '”');

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length] + "...";

    /// <summary>
    /// The log lines without their prefixes (GitHub's timestamp, Terraform's box, <c>##[error]</c>) and without blank
    /// lines, joined by single line breaks: a name runs on across a line break only, never across a space, since a
    /// terminal's hard wrap inserts none. JSON-escaped quotes and newlines are undone first.
    /// </summary>
    private static string Normalize(string text)
    {
        var unescaped = text.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal);
        var builder = new StringBuilder(unescaped.Length);
        foreach (var raw in unescaped.Split('\n'))
        {
            var line = LinePrefix().Replace(raw.TrimEnd('\r'), string.Empty).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\s*(?:\d{4}-\d\d-\d\dT[\d:.]+Z\s*)?(?:##\[(?:error|warning)\]\s*)?(?:[│╷╵|]\s?)*")]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"not\s+authorized\s+to\s+perform(?:\s*:\s*|\s+(?=[`'""]?[A-Za-z0-9-]+\s*:\s*[A-Za-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex NotAuthorized();

    [GeneratedRegex(@"(?:User:?\s*)?(?<principal>[`'""“]?(?:arn:[^\s`'""”]+|anonymous)[`'""”]?)\s+(?:is|are)\s+$")]
    private static partial Regex PrincipalBefore();

    // A list of actions whose last piece may run on across a line break, ended by what follows an action.
    [GeneratedRegex(@"\G\s*(?<action>[`'""]?[A-Za-z0-9-]+\s*:\s*[A-Za-z0-9*?]+(?:\n[A-Za-z0-9*?]+)*?[`'""]?)(?:\s*,\s*(?<action>[`'""]?[A-Za-z0-9-]+:[A-Za-z0-9*?]+[`'""]?))*(?=\s+(?:on\s+resource|because|with\s+an\s+explicit)\b|\s*[.,;)]?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ActionList();

    [GeneratedRegex(@"\G\s*(?<action>[`'""]?[A-Za-z0-9-]+:[A-Za-z0-9*?]+[`'""]?)")]
    private static partial Regex FirstAction();

    // The resource, whose pieces may run on across a line break, ended by the reason or the end of the text.
    [GeneratedRegex(@"\G\s*on\s+resource:?\s*(?<resource>[`'""“]?[A-Za-z0-9:/_.*?@=+${}\-]+(?:\n[A-Za-z0-9:/_.*?@=+${}\-]+)*?[`'""”]?)(?=\s+(?:because|with\s+an\s+explicit)\b|\s*[.,;]?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceAfter();

    [GeneratedRegex(@"\G\s*on\s+resource:?\s*(?<resource>[`'""“]?[^\s`'""”]+[`'""”]?)", RegexOptions.IgnoreCase)]
    private static partial Regex FirstResource();

    [GeneratedRegex(@"\G\s*[`'""”]?\s*because\s+no\s+(?<where>identity-based\s+policy|service\s+control\s+polic(?:y|ies)|resource\s+control\s+polic(?:y|ies)|permissions\s+boundary|session\s+policy|resource-based\s+policy|VPC\s+endpoint\s+policy)\s+allows?\s+the\s+(?<action>[A-Za-z0-9-]+\s*:\s*[A-Za-z0-9*?]+(?:\n[A-Za-z0-9*?]+)*?)\s+action", RegexOptions.IgnoreCase)]
    private static partial Regex Because();

    [GeneratedRegex(@"\G\s*[`'""”]?\s*with\s+an\s+explicit\s+deny\s+in\s+(?:an?\s+)?(?<where>identity-based\s+policy|service\s+control\s+policy|resource\s+control\s+policy|permissions\s+boundary|session\s+policy|resource-based\s+policy|VPC\s+endpoint\s+policy)(?:\s*:?\s*(?<policy>arn:[^\s""']+))?", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitDenyClause();

    [GeneratedRegex(@"(?:api\s+error\s+|\()?(?:AccessDenied(?:Exception)?|UnauthorizedOperation|Forbidden)\)?[^.]{0,80}?:\s*(?:Access\s+Denied|Forbidden|You\s+are\s+not\s+authorized\s+to\s+perform\s+this\s+operation)\.?(?:\s*(?:User:\s*\S+\s+)?Encoded\s+authorization\s+failure\s+message:\s*(?<encoded>[A-Za-z0-9_\-]+))?|\bAccess\s+Denied\b|Encoded\s+authorization\s+failure\s+message:\s*(?<encoded>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OpaqueDenial();

    [GeneratedRegex(@"operation\s+error\s+(?<service>[A-Za-z0-9 ]+?):\s*(?<op>[A-Za-z0-9]+)|when\s+calling\s+the\s+(?<op>[A-Za-z0-9]+)\s+operation|API:\s*(?<op>[a-z0-9-]+:[A-Za-z0-9]+)")]
    private static partial Regex OperationWrapper();

    [GeneratedRegex(@"AccessDenied|Access\s+Denied|not\s+authori[sz]ed|UnauthorizedOperation|Forbidden|\b403\b|permission", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizationWords();
}
