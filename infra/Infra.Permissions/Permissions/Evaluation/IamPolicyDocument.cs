using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Permissions;

/// <summary>
/// A parsed IAM policy document (identity policy, permissions boundary or resource policy), compiled for evaluation:
/// wildcard patterns are built once and statements are indexed by the service prefix of their actions, so evaluating a
/// request looks only at the statements that can match it.
/// </summary>
public sealed class IamPolicyDocument
{
    private static readonly string[] StatementFields =
        ["Action", "Condition", "Effect", "NotAction", "NotPrincipal", "NotResource", "Principal", "Resource", "Sid"];

    private readonly Dictionary<string, IamStatement[]> byService;
    private readonly Dictionary<string, IamStatement[]>.AlternateLookup<ReadOnlySpan<char>> byServiceSpan;
    private readonly IamStatement[] anyService;

    // Statements that can match one action, filled on first use: a role's policy has a statement per resource, so
    // most statements of a service name other actions, and at scale the same few actions are asked for again and again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IamStatement[]> byAction = new(StringComparer.OrdinalIgnoreCase);

    private IamPolicyDocument(string name, IamStatement[] statements)
    {
        Name = name;
        Statements = statements;
        var buckets = new Dictionary<string, List<IamStatement>>(StringComparer.OrdinalIgnoreCase);
        var always = new List<IamStatement>();
        foreach (var statement in statements)
        {
            var services = ServicesOf(statement);
            if (services is null)
            {
                always.Add(statement);
                continue;
            }

            foreach (var service in services)
            {
                if (!buckets.TryGetValue(service, out var bucket))
                {
                    buckets[service] = bucket = [];
                }

                bucket.Add(statement);
            }
        }

        byService = buckets.ToDictionary(b => b.Key, b => b.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        byServiceSpan = byService.GetAlternateLookup<ReadOnlySpan<char>>();
        anyService = [.. always];
    }

    /// <summary>The policy's name in messages, e.g. <c>2-1-bbws-github-deploy-dev-ledger</c>.</summary>
    public string Name { get; }

    /// <summary>How many statements the policy has.</summary>
    public int StatementCount => Statements.Length;

    /// <summary>True when some statement names a Principal or NotPrincipal, i.e. the document is a resource policy.</summary>
    public bool NamesPrincipals => Statements.Any(s => s.Principals is not null);

    internal IamStatement[] Statements { get; }

    /// <summary>
    /// Parses <paramref name="json"/>; <paramref name="name"/> names the policy in messages. A malformed document, or
    /// a statement an identity policy could not use (no Resource and no Principal), is an <see cref="InfraException"/>
    /// naming the policy, the statement and the field.
    /// </summary>
    public static IamPolicyDocument Parse(string json, string name)
    {
        JToken root;
        try
        {
            root = JToken.Parse(json);
        }
        catch (JsonReaderException e)
        {
            throw new InfraException($"IAM policy '{name}': not valid JSON at line {e.LineNumber}, position {e.LinePosition} ({e.Message}); fix the document's syntax.", inner: e);
        }

        if (root is not JObject document)
        {
            throw new InfraException($"IAM policy '{name}': the document must be a JSON object with a Statement field, not {root.Type}.");
        }

        var statementToken = document["Statement"]
            ?? throw new InfraException($"IAM policy '{name}': field 'Statement' is missing; add a statement or an array of statements.");
        JToken[] statementTokens = statementToken switch
        {
            JArray array => [.. array],
            JObject single => [single],
            _ => throw new InfraException($"IAM policy '{name}': field 'Statement' must be an object or an array of objects, not {statementToken.Type}."),
        };

        var statements = new IamStatement[statementTokens.Length];
        for (var i = 0; i < statementTokens.Length; i++)
        {
            statements[i] = ParseStatement(name, i, statementTokens[i]);
        }

        return new IamPolicyDocument(name, statements);
    }

    /// <summary>
    /// The statements that can match <paramref name="action"/>: those whose actions name its service, then those with
    /// <c>*</c>, a wildcard service or NotAction. A statement appears in at most one of the two.
    /// </summary>
    internal void Candidates(string action, out IamStatement[] forService, out IamStatement[] forAnyService)
    {
        forService = byAction.TryGetValue(action, out var matching) ? matching : Match(action);
        forAnyService = anyService;
    }

    // Apart from Candidates: its closure would otherwise be allocated on every call, not only on the first of an action.
    private IamStatement[] Match(string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        var service = colon < 0 ? action.AsSpan() : action.AsSpan(0, colon);
        var bucket = byServiceSpan.TryGetValue(service, out var found) ? found : [];
        return byAction.GetOrAdd(action, Array.FindAll(bucket, s => Array.Exists(s.Actions, a => a.IsMatch(action))));
    }

    // The distinct services a statement's actions name, or null when it can match any service.
    private static HashSet<string>? ServicesOf(IamStatement statement)
    {
        if (statement.NotAction)
        {
            return null;
        }

        var services = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var action in statement.Actions)
        {
            var colon = action.Text.IndexOf(':', StringComparison.Ordinal);
            var service = colon < 0 ? action.Text : action.Text[..colon];
            if (service.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                return null;
            }

            services.Add(service);
        }

        return services;
    }

    private static IamStatement ParseStatement(string name, int index, JToken token)
    {
        var at = $"IAM policy '{name}' Statement[{index}]";
        if (token is not JObject statement)
        {
            throw new InfraException($"{at}: a statement must be a JSON object, not {token.Type}.");
        }

        foreach (var property in statement.Properties())
        {
            if (!StatementFields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new InfraException($"{at}: unknown field '{property.Name}'; a statement has only {string.Join(", ", StatementFields)}.");
            }
        }

        var sid = statement["Sid"] switch
        {
            null => null,
            JValue { Type: JTokenType.String } v => (string)v!,
            var other => throw new InfraException($"{at}: field 'Sid' must be a string, not {other.Type}."),
        };
        at = sid is null ? at : $"{at} (Sid '{sid}')";

        var effect = statement["Effect"]?.Type == JTokenType.String ? (string?)statement["Effect"] : null;
        if (effect is not ("Allow" or "Deny"))
        {
            throw new InfraException($"{at}: field 'Effect' must be \"Allow\" or \"Deny\" (case-sensitive), not {statement["Effect"]?.ToString(Formatting.None) ?? "missing"}.");
        }

        var (actionField, actions) = OneOf(at, statement, "Action", "NotAction", required: true);
        foreach (var action in actions!)
        {
            var colon = action.IndexOf(':', StringComparison.Ordinal);
            if (action != "*" && (colon <= 0 || colon == action.Length - 1))
            {
                throw new InfraException($"{at}: field '{actionField}' has '{action}', which is not an action; write 'service:Action' (e.g. 's3:GetObject'), a wildcard such as 's3:Get*', or '*'.");
            }
        }

        var (principalField, principals) = Principals(at, statement);
        var (resourceField, resources) = OneOf(at, statement, "Resource", "NotResource", required: false);
        if (resources is null && principals is null)
        {
            throw new InfraException($"{at}: field 'Resource' is missing; an identity policy statement must name its resources (use \"*\" for all).");
        }

        var conditions = Conditions(at, statement["Condition"]);
        return new IamStatement(
            index,
            sid,
            effect == "Deny",
            [.. actions!.Select(a => new WildcardPattern(a, ignoreCase: true))],
            actionField == "NotAction",
            resources is null ? null : [.. resources.Select(r => new WildcardPattern(r, ignoreCase: false))],
            resourceField == "NotResource",
            principals,
            principalField == "NotPrincipal",
            conditions);
    }

    // Exactly one of two exclusive fields (Action/NotAction, Resource/NotResource), as a string or array of strings.
    private static (string? Field, string[]? Values) OneOf(string at, JObject statement, string field, string notField, bool required)
    {
        var plain = statement[field];
        var not = statement[notField];
        if (plain is not null && not is not null)
        {
            throw new InfraException($"{at}: has both '{field}' and '{notField}'; keep one.");
        }

        if (not is not null)
        {
            return (notField, Strings(at, notField, not));
        }

        if (plain is null)
        {
            return required
                ? throw new InfraException($"{at}: field '{field}' is missing; add '{field}' or '{notField}'.")
                : (null, null);
        }

        return (field, Strings(at, field, plain));
    }

    private static string[] Strings(string at, string field, JToken token)
    {
        string[] values = token switch
        {
            JValue { Type: JTokenType.String } v => [(string)v!],
            JArray array when array.All(t => t.Type == JTokenType.String) => [.. array.Select(t => (string)t!)],
            _ => throw new InfraException($"{at}: field '{field}' must be a string or an array of strings, not {token.ToString(Formatting.None)}."),
        };
        if (values.Length == 0 || values.Any(string.IsNullOrEmpty))
        {
            throw new InfraException($"{at}: field '{field}' is empty; name at least one non-empty value.");
        }

        return values;
    }

    // "*", {"AWS": ...}, {"Service": ...}, {"Federated": ...}, {"CanonicalUser": ...}. Only AWS principals can be a role,
    // so the others are kept as names that never match.
    private static (string? Field, string[]? Principals) Principals(string at, JObject statement)
    {
        var plain = statement["Principal"];
        var not = statement["NotPrincipal"];
        if (plain is not null && not is not null)
        {
            throw new InfraException($"{at}: has both 'Principal' and 'NotPrincipal'; keep one.");
        }

        var (field, token) = plain is not null ? ("Principal", plain) : ("NotPrincipal", not);
        if (token is null)
        {
            return (null, null);
        }

        if (token is JValue { Type: JTokenType.String } star)
        {
            if ((string)star! != "*")
            {
                throw new InfraException($"{at}: field '{field}' is '{star}'; write \"*\" or an object such as {{\"AWS\": \"arn:aws:iam::123456789012:role/name\"}}.");
            }

            return (field, ["*"]);
        }

        if (token is not JObject map)
        {
            throw new InfraException($"{at}: field '{field}' must be \"*\" or an object keyed by AWS, Service, Federated or CanonicalUser.");
        }

        var names = new List<string>();
        foreach (var property in map.Properties())
        {
            var values = Strings(at, $"{field}.{property.Name}", property.Value);
            switch (property.Name)
            {
                case "AWS":
                    names.AddRange(values);
                    break;
                case "Service" or "Federated" or "CanonicalUser":
                    // Prefixed so that a service name can never equal a role ARN or "*".
                    names.AddRange(values.Select(v => property.Name + ":" + v));
                    break;
                default:
                    throw new InfraException($"{at}: field '{field}' has key '{property.Name}'; use AWS, Service, Federated or CanonicalUser.");
            }
        }

        return (field, [.. names]);
    }

    private static ConditionClause[] Conditions(string at, JToken? token)
    {
        if (token is null)
        {
            return [];
        }

        if (token is not JObject operators)
        {
            throw new InfraException($"{at}: field 'Condition' must be an object of operator -> key -> value(s).");
        }

        var clauses = new List<ConditionClause>();
        foreach (var op in operators.Properties())
        {
            if (op.Value is not JObject keys)
            {
                throw new InfraException($"{at}: field 'Condition.{op.Name}' must be an object of key -> value(s).");
            }

            foreach (var key in keys.Properties())
            {
                var values = ConditionValues(at, $"Condition.{op.Name}.{key.Name}", key.Value);
                var clause = ConditionClause.Create(op.Name, key.Name, values, out var error)
                    ?? throw new InfraException($"{at}: field 'Condition.{op.Name}': {error}.");
                clauses.Add(clause);
            }
        }

        return [.. clauses];
    }

    private static string[] ConditionValues(string at, string field, JToken token)
    {
        var items = token is JArray array ? [.. array] : new[] { token };
        var values = new string[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = items[i] switch
            {
                JValue { Type: JTokenType.String } v => (string)v!,
                JValue { Type: JTokenType.Boolean } v => (bool)v! ? "true" : "false",
                JValue { Type: JTokenType.Integer or JTokenType.Float } v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)!,
                var other => throw new InfraException($"{at}: field '{field}' must hold strings, numbers or booleans, not {other.Type}."),
            };
        }

        return values;
    }
}
