namespace Infra.Plans;

/// <summary>The parts of <c>pulumi preview --json</c> output that previews and gates use (its <c>config</c> is never kept).</summary>
/// <param name="Steps">The steps, in the preview's order.</param>
public sealed record PulumiPreview(IReadOnlyList<PulumiStep> Steps)
{
    /// <summary>The messages of error diagnostics: when there are any, the preview did not complete.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
