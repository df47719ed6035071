using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// Renders resources' ARNs and attribute references from the requirement tables' <c>arn</c> and <c>attributes</c>
/// templates, for one stack (its region and account). Each resource's properties are read once and what IAM needs
/// of them kept, so a root of tens of thousands of resources costs one pass.
/// </summary>
public sealed class ResourceArns : IResourceArns
{
    private readonly RequirementTable table;
    private readonly Stack stack;
    // By address, one dictionary per root (addresses are unique within a root): hashing the resource objects
    // themselves took the runtime's slow path on every lookup, a tenth of a large synth.
    private readonly Dictionary<string, Entry?> mainEntries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry?> bootstrapEntries = new(StringComparer.Ordinal);

    /// <summary>Creates the resolver of <paramref name="stack"/>'s resources.</summary>
    public ResourceArns(RequirementTable table, Stack stack)
    {
        this.table = table;
        this.stack = stack;
    }

    /// <inheritdoc />
    /// <remarks>A type without a table has no known ARN: its token (<c>${address.arn}</c>); <see cref="RequiredCalls"/> refuses such types.</remarks>
    public string Arn(CustomResource resource) => EntryOf(resource)?.Arn ?? ResourceArnTokens.Of(resource, "arn");

    /// <inheritdoc />
    public string Value(AttributeReference reference)
    {
        var entry = EntryOf(reference.Resource);
        if (reference.TerraformAttribute == "arn")
        {
            return entry?.Arn ?? ResourceArnTokens.Of(reference);
        }

        if (entry?.Attribute(reference.TerraformAttribute) is { } value)
        {
            return value;
        }

        // An attribute that is also an argument set to a literal (a bucket's "bucket", a role's "name") is that literal.
        if (InputReader.ReadOne(reference.Resource.Args, reference.TerraformAttribute) is { } argument && ResourceArgs.Literal(argument) is { } literal)
        {
            return literal;
        }

        return ResourceArnTokens.Of(reference);
    }

    private Entry? EntryOf(CustomResource resource)
    {
        var entries = resource.Root.Kind == RootKind.Main ? mainEntries : bootstrapEntries;
        var address = resource.TerraformAddress;
        if (entries.TryGetValue(address, out var cached))
        {
            // Null while the entry is being built: a reference back to the resource stays a token.
            return cached;
        }

        entries[address] = null;
        var entry = Build(resource);
        entries[address] = entry;
        return entry;
    }

    private Entry Build(CustomResource resource)
    {
        var requirements = table.Find(resource.Type);
        if (requirements is null)
        {
            return new Entry(ResourceArnTokens.Of(resource, "arn"), []);
        }

        var args = new ResourceArgs(resource, this);
        List<(string, string)>? attributes = null;
        foreach (var (name, template) in requirements.Attributes)
        {
            // An attribute built from an unset or list-valued argument is not one value: it stays a token.
            if (TemplateRenderer.Render(template, resource, requirements, args, stack, this) is [var single])
            {
                (attributes ??= new(requirements.Attributes.Count)).Add((name, single));
            }
        }

        var arn = TemplateRenderer.Render(requirements.Arn, resource, requirements, args, stack, this) switch
        {
            [var single] => single,
            null => throw new InfraException($"{resource.TerraformAddress}: {requirements.File}: arn reads an argument this resource does not set ({string.Join(", ", requirements.Arn.Arguments)}): build the ARN from arguments every resource of the type sets, or from ${{attr.NAME}} for a computed part."),
            var many => throw new InfraException($"{resource.TerraformAddress}: {requirements.File}: arn yields {many.Count} values: a list-valued argument cannot be part of the ARN; use a single-valued argument."),
        };

        return new Entry(arn, attributes is null ? [] : [.. attributes]);
    }

    // Kept for every resource of a stack until its rules finish: a type has one or two attributes, so a small array
    // searched in order, not a dictionary per resource.
    private sealed record Entry(string Arn, (string Name, string Value)[] Attributes)
    {
        public string? Attribute(string name)
        {
            foreach (var (known, value) in Attributes)
            {
                if (known == name)
                {
                    return value;
                }
            }

            return null;
        }
    }
}
