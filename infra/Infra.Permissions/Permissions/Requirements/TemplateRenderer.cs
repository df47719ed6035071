using Infra.Model;

namespace Infra.Permissions;

/// <summary>Renders a parsed template for one resource: one string per combination of list-valued arguments.</summary>
internal static class TemplateRenderer
{
    /// <summary>The rendered values; null when the template reads an argument the resource does not set.</summary>
    public static IReadOnlyList<string>? Render(ArnTemplate template, CustomResource resource, ResourceRequirements table, ResourceArgs args, Stack stack, IResourceArns arns)
    {
        // The resource's own ARN is most calls' resource, and it is already built: no new string for it.
        if (template.Parts.Count == 1 && template.Parts[0].Kind == ArnTemplate.PartKind.OwnArn)
        {
            return [arns.Arn(resource)];
        }

        // Most templates yield one value: build it in one pass, and fall back to the general case below only when an
        // argument turns out to be a list (or unset).
        if (RenderSingle(template, resource, table, args, stack, arns) is { } single)
        {
            return [single];
        }

        // A list-valued argument: one value per element.
        IReadOnlyList<string> results = [string.Empty];
        foreach (var part in template.Parts)
        {
            IReadOnlyList<string>? values = part.Kind switch
            {
                ArnTemplate.PartKind.Literal => [part.Value],
                ArnTemplate.PartKind.Region => [stack.Region],
                ArnTemplate.PartKind.Account => [stack.AccountId],
                ArnTemplate.PartKind.OwnArn => [arns.Arn(resource)],
                ArnTemplate.PartKind.Attribute => table.Attributes.TryGetValue(part.Value, out var attribute)
                    ? Render(attribute, resource, table, args, stack, arns)
                    : [ResourceArnTokens.Of(resource, part.Value)],
                ArnTemplate.PartKind.Referenced => args.Referenced(part.Value, part.Attribute!) is { } referenced ? [referenced] : null,
                _ => args.Values(part.Value) ?? (part.Default is { } fallback ? [fallback] : null),
            };

            if (values is null)
            {
                return null;
            }

            if (values.Count == 1 && results.Count == 1)
            {
                results = [results[0] + values[0]];
                continue;
            }

            var next = new List<string>(results.Count * values.Count);
            foreach (var prefix in results)
            {
                foreach (var value in values)
                {
                    next.Add(prefix + value);
                }
            }

            results = next;
        }

        return results;
    }

    // The template's one value, or null when some part is not exactly one value. Each part is resolved before any is
    // joined: resolving a reference may render another resource's template first.
    private static string? RenderSingle(ArnTemplate template, CustomResource resource, ResourceRequirements table, ResourceArgs args, Stack stack, IResourceArns arns)
    {
        var parts = template.Parts;
        var pieces = new string[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var piece = part.Kind switch
            {
                ArnTemplate.PartKind.Literal => part.Value,
                ArnTemplate.PartKind.Region => stack.Region,
                ArnTemplate.PartKind.Account => stack.AccountId,
                ArnTemplate.PartKind.OwnArn => arns.Arn(resource),
                ArnTemplate.PartKind.Attribute when !table.Attributes.ContainsKey(part.Value) => ResourceArnTokens.Of(resource, part.Value),
                ArnTemplate.PartKind.Argument when args.Values(part.Value) is [var value] => value,
                ArnTemplate.PartKind.Argument when part.Default is { } fallback && args.Values(part.Value) is null => fallback,
                ArnTemplate.PartKind.Referenced => args.Referenced(part.Value, part.Attribute!),

                // An attribute built from its own template may be a list too: the general case decides.
                _ => null,
            };
            if (piece is null)
            {
                return null;
            }

            pieces[i] = piece;
        }

        return string.Concat(pieces);
    }
}
