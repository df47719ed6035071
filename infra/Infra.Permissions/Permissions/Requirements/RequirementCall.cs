namespace Infra.Permissions;

/// <summary>One call of a requirement table: an IAM action a resource type's operation makes, and on what.</summary>
/// <param name="Operation"><c>refresh</c>, <c>create</c>, <c>update</c>, <c>delete</c> or <c>tag</c>.</param>
/// <param name="Action">The IAM action as AWS spells it.</param>
/// <param name="Resource">The resource the request is evaluated against; <c>*</c> for an action without resource-level permissions.</param>
/// <param name="Context">Request context keys and the values the request carries (templates too).</param>
/// <param name="Source"><c>pike</c> or <c>added</c>.</param>
/// <param name="Why">Why the call is there when it is not from pike (or why <c>*</c> where a narrower ARN exists).</param>
/// <param name="Argument">For a <c>when</c> entry, the argument whose presence adds the call; null for the type's own calls.</param>
/// <param name="Line">The line of the entry in its file.</param>
/// <param name="Origin">Where the call comes from, for messages: <c>&lt;file&gt;: &lt;operation&gt; &lt;action&gt;</c>, built once per entry.</param>
public sealed record RequirementCall(
    string Operation,
    string Action,
    ArnTemplate Resource,
    IReadOnlyDictionary<string, IReadOnlyList<ArnTemplate>> Context,
    string Source,
    string? Why,
    string? Argument,
    int Line,
    string Origin)
{
    /// <summary>
    /// The request context when no value names a variable (<c>iam:PassedToService: [lambda.amazonaws.com]</c>): the
    /// same for every resource of the type, so rendered once; null when some value is a template.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? FixedContext { get; } =
        Context.Count > 0 && Context.Values.All(templates => templates.All(t => t.Parts.All(p => p.Kind == ArnTemplate.PartKind.Literal)))
            ? new SortedDictionary<string, IReadOnlyList<string>>(Context.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value.Select(t => t.Text).ToList()), StringComparer.Ordinal)
            : null;

    /// <summary>The <see cref="Context"/> keys in ordinal order, as the rendered contexts list them.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<ArnTemplate>>> ContextInKeyOrder { get; } =
        [.. Context.OrderBy(c => c.Key, StringComparer.Ordinal)];
}
