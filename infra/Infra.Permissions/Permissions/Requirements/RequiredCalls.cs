using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// Every IAM request applying, refreshing and destroying a root makes: each AWS resource's calls from its requirement
/// table, rendered on the resource's own ARNs, then the state backend's (<see cref="StateAccess"/>).
/// </summary>
public static class RequiredCalls
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoContext = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// The calls of <paramref name="root"/>, in resource order, then the state calls. Resources of other packages
    /// (github, random) call no AWS API and are skipped; an AWS type without a table is an error.
    /// </summary>
    public static IReadOnlyList<RequiredCall> Of(StackRoot root, RequirementTable table, IResourceArns arns) => [.. Enumerate(root, table, arns)];

    /// <summary>
    /// The same calls as <see cref="Of"/>, made one resource at a time: IAM-COVERAGE evaluates them as they come, so a
    /// root of thousands of resources never holds all its calls at once. Each resource's calls come together.
    /// </summary>
    public static IEnumerable<RequiredCall> Enumerate(StackRoot root, RequirementTable table, IResourceArns arns)
    {
        var calls = new List<RequiredCall>();

        // A resource's table names the same ARN for many calls (a read in refresh, create and update; most calls on the
        // resource's own ARN): each template text is rendered once per resource, and its calls share the strings.
        var rendered = new List<(string Template, IReadOnlyList<string> Values)>();

        foreach (var resource in root.CustomResources)
        {
            if (resource.Package != "aws")
            {
                continue;
            }

            var requirements = table.Find(resource.Type)
                ?? throw new InfraException($"{resource.TerraformAddress}: no IAM requirements for {resource.Type}: add {RequirementTable.Folder}/{resource.Type}.yaml (README: 'How a resource type gets its IAM requirements').");
            var args = new ResourceArgs(resource, arns);
            calls.Clear();
            rendered.Clear();
            foreach (var call in requirements.Calls)
            {
                Add(calls, rendered, call, resource, requirements, args, root.Stack, arns);
            }

            foreach (var call in requirements.When)
            {
                if (args.IsSet(call.Argument!))
                {
                    Add(calls, rendered, call, resource, requirements, args, root.Stack, arns);
                }
            }

            foreach (var call in calls)
            {
                yield return call;
            }
        }

        foreach (var call in StateAccess.Of(root, arns))
        {
            yield return call;
        }
    }

    private static void Add(List<RequiredCall> calls, List<(string Template, IReadOnlyList<string> Values)> rendered, RequirementCall call, CustomResource resource, ResourceRequirements requirements, ResourceArgs args, Stack stack, IResourceArns arns)
    {
        IReadOnlyList<string>? resources = null;
        foreach (var (template, values) in rendered)
        {
            if (template == call.Resource.Text)
            {
                resources = values;
                break;
            }
        }

        if (resources is null)
        {
            resources = Render(call.Resource, call, resource, requirements, args, stack, arns);
            rendered.Add((call.Resource.Text, resources));
        }

        var context = NoContext;
        if (call.FixedContext is { } fixedContext)
        {
            context = fixedContext;
        }
        else if (call.Context.Count > 0)
        {
            // Keys in ordinal order, as a sorted dictionary would list them; a dictionary of one or two keys filled in
            // that order lists them so too, for a fraction of the sorted one's cost per call.
            var renderedContext = new Dictionary<string, IReadOnlyList<string>>(call.Context.Count, StringComparer.Ordinal);
            foreach (var (key, values) in call.ContextInKeyOrder)
            {
                // A key whose value reads an unset argument is not in the request, as AWS sends no such key (a role
                // created without a boundary carries no iam:PermissionsBoundary).
                var keyValues = new List<string>();
                foreach (var value in values)
                {
                    keyValues.AddRange(TemplateRenderer.Render(value, resource, requirements, args, stack, arns) ?? []);
                }

                if (keyValues.Count > 0)
                {
                    renderedContext[key] = keyValues;
                }
            }

            context = renderedContext;
        }

        // Indexed: a foreach over the interface boxes an enumerator for every call of every resource.
        var source = call.Origin;
        for (var i = 0; i < resources.Count; i++)
        {
            calls.Add(new RequiredCall(resource.TerraformAddress, call.Operation, call.Action, resources[i], context, source, call.Operation == "refresh"));
        }
    }

    private static IReadOnlyList<string> Render(ArnTemplate template, RequirementCall call, CustomResource resource, ResourceRequirements requirements, ResourceArgs args, Stack stack, IResourceArns arns) =>
        TemplateRenderer.Render(template, resource, requirements, args, stack, arns)
        ?? throw new InfraException(call.Argument is null
            ? $"{resource.TerraformAddress}: {requirements.File}:{call.Line}: {call.Operation} {call.Action} reads an argument this resource does not set ({string.Join(", ", template.Arguments)}): move the call under 'when: <argument>' in the table, or set the argument in the program."
            : $"{resource.TerraformAddress}: {requirements.File}:{call.Line}: when.{call.Argument} {call.Action} reads an argument this resource does not set ({string.Join(", ", template.Arguments)}): key the entry by the argument it reads.");
}
