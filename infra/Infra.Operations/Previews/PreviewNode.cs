using Infra.Plans;

namespace Infra.Previews;

/// <summary>One line of the preview tree: a component or a resource, with what would happen to it.</summary>
/// <param name="Type">The Pulumi type token (resources) or component token.</param>
/// <param name="Name">The logical name.</param>
/// <param name="Change">The change; null for a component, and for an unchanged resource a no-op change.</param>
/// <param name="Children">The nodes below it.</param>
public sealed record PreviewNode(string Type, string Name, PlannedChange? Change, IReadOnlyList<PreviewNode> Children);
