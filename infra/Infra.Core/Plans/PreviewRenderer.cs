namespace Infra.Plans;

/// <summary>Renders a change set in the chosen format.</summary>
public static class PreviewRenderer
{
    /// <summary>The preview of <paramref name="changes"/> for <paramref name="stack"/>.</summary>
    public static string Render(ChangeSet changes, string stack, PreviewFormat format) => format switch
    {
        PreviewFormat.Markdown => MarkdownPreviewRenderer.Render(changes, stack),
        PreviewFormat.Json => JsonPreviewRenderer.Render(changes, stack),
        _ => TextPreviewRenderer.Render(changes, stack),
    };
}
