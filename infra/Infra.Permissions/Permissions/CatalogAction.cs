namespace Infra.Permissions;

/// <summary>One IAM action of the AWS service authorization catalog.</summary>
public sealed class CatalogAction
{
    // The catalog keeps the two list columns as text until asked: most runs look at few actions, and splitting every
    // line's lists made loading the catalog several times slower.
    private readonly string? resourceTypesColumn;
    private readonly string? conditionKeysColumn;
    private IReadOnlyList<CatalogResourceType>? resourceTypes;
    private IReadOnlyList<string>? conditionKeys;

    /// <summary>An action with its resource types and condition keys.</summary>
    /// <param name="action">The action as AWS spells it, e.g. <c>lambda:GetPolicy</c>.</param>
    /// <param name="resourceLevel">True when the action can be granted on specific resources.</param>
    /// <param name="accessLevel">The catalog's access level, e.g. <c>Read</c>.</param>
    /// <param name="resourceTypes">Every resource type the action can be granted on, in the reference's order.</param>
    /// <param name="conditionKeys">Every condition key the action supports, sorted ordinally.</param>
    public CatalogAction(string action, bool resourceLevel, string accessLevel, IReadOnlyList<CatalogResourceType> resourceTypes, IReadOnlyList<string> conditionKeys)
    {
        Action = action;
        ResourceLevel = resourceLevel;
        AccessLevel = accessLevel;
        this.resourceTypes = resourceTypes;
        this.conditionKeys = conditionKeys;
    }

    private CatalogAction(string action, bool resourceLevel, string accessLevel, string resourceTypesColumn, string conditionKeysColumn)
    {
        Action = action;
        ResourceLevel = resourceLevel;
        AccessLevel = accessLevel;
        this.resourceTypesColumn = resourceTypesColumn;
        this.conditionKeysColumn = conditionKeysColumn;
    }

    /// <summary>The action as AWS spells it, e.g. <c>lambda:GetPolicy</c>.</summary>
    public string Action { get; }

    /// <summary>True when the action can be granted on specific resources (so <c>"*"</c> is wider than needed).</summary>
    public bool ResourceLevel { get; }

    /// <summary>The catalog's access level: <c>List</c>, <c>Read</c>, <c>Write</c>, <c>Permissions management, Write</c> or <c>Tagging, Write</c>.</summary>
    public string AccessLevel { get; }

    /// <summary>Every resource type the action can be granted on, in the reference's order; empty when none.</summary>
    public IReadOnlyList<CatalogResourceType> ResourceTypes => resourceTypes ??= ParseResourceTypes(resourceTypesColumn!);

    /// <summary>Every condition key the action supports (its own and its resource types'), sorted ordinally; empty when none.</summary>
    public IReadOnlyList<string> ConditionKeys => conditionKeys ??= conditionKeysColumn!.Length == 0 ? [] : conditionKeysColumn.Split(';');

    /// <summary>
    /// The resource types a grant scoped to specific resources names: the required ones when there are any (the request
    /// involves each of them), otherwise the optional ones that name the resource directly (so <c>s3:PutObject</c> gives
    /// the object, not the access point), otherwise all of them.
    /// </summary>
    public IReadOnlyList<CatalogResourceType> ScopingResourceTypes
    {
        get
        {
            var required = ResourceTypes.Where(t => t.Required).ToList();
            if (required.Count > 0)
            {
                return required;
            }

            var direct = ResourceTypes.Where(t => !t.Indirect).ToList();
            return direct.Count > 0 ? direct : ResourceTypes;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Action;

    /// <summary>
    /// An action from the catalog's columns, the lists left as text until first use; null with the problem when a
    /// column is malformed (checked here, without splitting, so a bad line is refused when the catalog loads).
    /// </summary>
    internal static CatalogAction? FromColumns(string action, bool resourceLevel, string accessLevel, string resourceTypesColumn, string conditionKeysColumn, out string? problem)
    {
        problem = ResourceTypesProblem(resourceTypesColumn);
        if (problem is null && resourceLevel != (resourceTypesColumn.Length > 0))
        {
            problem = $"{action} says resource-level '{(resourceLevel ? "yes" : "no")}' but lists {(resourceTypesColumn.Length > 0 ? "resource types" : "none")}";
        }

        if (problem is null && conditionKeysColumn.Length > 0 && (conditionKeysColumn[0] == ';' || conditionKeysColumn[^1] == ';' || conditionKeysColumn.Contains(";;", StringComparison.Ordinal)))
        {
            problem = $"{action} has an empty condition key";
        }

        return problem is null ? new CatalogAction(action, resourceLevel, accessLevel, resourceTypesColumn, conditionKeysColumn) : null;
    }

    private static string? ResourceTypesProblem(string column)
    {
        if (column.Length == 0)
        {
            return null;
        }

        foreach (var range in column.AsSpan().Split(';'))
        {
            var item = column.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            var equals = item.IndexOf('=');
            var nameLength = equals > 0 && item[equals - 1] == '*' ? equals - 1 : equals;
            if (nameLength <= 0 || !item[(equals + 1)..].StartsWith("arn:", StringComparison.Ordinal))
            {
                return $"resource type '{item}' is not 'name=arn:...' (with '*' after a required name)";
            }
        }

        return null;
    }

    private static CatalogResourceType[] ParseResourceTypes(string column) =>
        column.Length == 0
            ? []
            : column.Split(';').Select(item =>
            {
                var equals = item.IndexOf('=', StringComparison.Ordinal);
                var required = item[equals - 1] == '*';
                return new CatalogResourceType(item[..(required ? equals - 1 : equals)], item[(equals + 1)..], required);
            }).ToArray();
}
