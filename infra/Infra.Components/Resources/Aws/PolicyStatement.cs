using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>
/// One statement of an IAM policy, built as typed data (never a JSON string), with the reason it exists:
/// the IAM-EVIDENCE rule refuses an Allow statement whose reason is empty.
/// </summary>
public sealed record PolicyStatement
{
    /// <summary>An optional statement id.</summary>
    public string? Sid { get; init; }

    /// <summary><c>Allow</c> (default) or <c>Deny</c>.</summary>
    public string Effect { get; init; } = "Allow";

    /// <summary>The actions, e.g. <c>s3:GetObject</c>.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Actions excluded (<c>NotAction</c>); only sensible in a Deny.</summary>
    public IReadOnlyList<string> NotActions { get; init; } = [];

    /// <summary>The resources the actions apply to.</summary>
    public IReadOnlyList<Input<string>> Resources { get; init; } = [];

    /// <summary>Principals by type (<c>Service</c>, <c>AWS</c>, <c>Federated</c>, <c>*</c>), for trust and resource policies.</summary>
    /// <remarks>None by default (one shared empty dictionary: identity policies, most statements, name no principal).</remarks>
    public IReadOnlyDictionary<string, IReadOnlyList<Input<string>>> Principals { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, IReadOnlyList<Input<string>>>.Empty;

    /// <summary>Conditions.</summary>
    public IReadOnlyList<PolicyCondition> Conditions { get; init; } = [];

    /// <summary>Why the statement exists: the design need or the evidence (an AccessDenied text) that justified it. Not emitted into the policy.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The statement as a JSON object with IAM's own keys.</summary>
    public ObjectValue ToObject()
    {
        var properties = new List<Property>();
        void Add(string key, PropertyValue value) => properties.Add(new Property(key, key, value));
        if (Sid is not null)
        {
            Add("Sid", new ScalarValue(Sid));
        }

        Add("Effect", new ScalarValue(Effect));
        if (Actions.Count > 0)
        {
            Add("Action", new ListValue(Actions.Select(a => (PropertyValue)new ScalarValue(a)).ToList()));
        }

        if (NotActions.Count > 0)
        {
            Add("NotAction", new ListValue(NotActions.Select(a => (PropertyValue)new ScalarValue(a)).ToList()));
        }

        if (Resources.Count > 0)
        {
            Add("Resource", (ListValue)InputReader.Convert(Resources)!);
        }

        if (Principals.Count > 0)
        {
            Add("Principal", new MapValue(PrincipalsInKeyOrder.Select(p => new KeyValuePair<string, PropertyValue>(p.Key, InputReader.Convert(p.Value)!)).ToList()));
        }

        if (Conditions.Count > 0)
        {
            var byOperator = ConditionsInKeyOrder
                .GroupBy(c => c.Test)
                .Select(g => new KeyValuePair<string, PropertyValue>(
                    g.Key,
                    new MapValue(g
                        .Select(c => new KeyValuePair<string, PropertyValue>(c.Variable, new ListValue(c.Values.Select(v => (PropertyValue)new ScalarValue(v)).Concat(c.References.Select(r => InputReader.Convert(r)!)).ToList())))
                        .ToList())))
                .ToList();
            Add("Condition", new MapValue(byOperator));
        }

        return new ObjectValue(properties);
    }

    /// <summary>Hands every leaf of <see cref="ToObject"/> to <paramref name="part"/>, in the same order, without building it.</summary>
    public void VisitParts(Action<object> part)
    {
        if (Sid is not null)
        {
            part(Sid);
        }

        part(Effect);
        foreach (var action in Actions)
        {
            part(action);
        }

        foreach (var action in NotActions)
        {
            part(action);
        }

        foreach (var resource in Resources)
        {
            part(resource);
        }

        // In ToObject's order; most statements have neither, and skip the sorting.
        if (Principals.Count > 0)
        {
            foreach (var (_, principals) in PrincipalsInKeyOrder)
            {
                foreach (var principal in principals)
                {
                    part(principal);
                }
            }
        }

        if (Conditions.Count > 0)
        {
            foreach (var condition in ConditionsInKeyOrder)
            {
                foreach (var value in condition.Values)
                {
                    part(value);
                }

                foreach (var reference in condition.References)
                {
                    part(reference);
                }
            }
        }
    }

    // The order ToObject writes principals and conditions in (JSON keys sorted), which VisitParts hands them out in.
    private IEnumerable<KeyValuePair<string, IReadOnlyList<Input<string>>>> PrincipalsInKeyOrder => Principals.OrderBy(p => p.Key, StringComparer.Ordinal);

    private IEnumerable<PolicyCondition> ConditionsInKeyOrder => Conditions.OrderBy(c => c.Test, StringComparer.Ordinal).ThenBy(c => c.Variable, StringComparer.Ordinal);
}
