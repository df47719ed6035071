using Infra.Plans;

namespace Infra.Previews;

/// <summary>What the offline preview of one stack found.</summary>
/// <param name="Stack">The stack.</param>
/// <param name="Base">What the output was compared with, e.g. <c>the output committed at HEAD (working tree vs HEAD)</c>.</param>
/// <param name="Changes">Every resource of both roots with its change (no-op when unchanged), for the renderers.</param>
/// <param name="Tree">The resource tree, one per root (bootstrap first), like <c>pulumi preview</c>.</param>
public sealed record OfflinePreviewResult(string Stack, string Base, ChangeSet Changes, IReadOnlyList<PreviewNode> Tree);
