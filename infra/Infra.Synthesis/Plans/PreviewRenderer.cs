namespace Infra.Plans;

/// <summary>Renders a change set in the chosen format.</summary>
public static class PreviewRenderer
{
    /// <summary>The preview of <paramref name="changes"/> for <paramref name="stack"/>; unchanged resources are listed only with <paramref name="showUnchanged"/>.</summary>
    public static string Render(ChangeSet changes, string stack, PreviewFormat format, bool showUnchanged = false) => format switch
    {
        PreviewFormat.Markdown => MarkdownPreviewRenderer.Render(changes, stack, showUnchanged),
        PreviewFormat.Json => JsonPreviewRenderer.Render(changes, stack, showUnchanged),
        _ => TextPreviewRenderer.Render(changes, stack, showUnchanged),
    };
}
