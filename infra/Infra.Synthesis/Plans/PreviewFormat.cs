namespace Infra.Plans;

/// <summary>How a preview is written.</summary>
public enum PreviewFormat
{
    /// <summary>Plain text for a terminal or a CI log.</summary>
    Text,

    /// <summary>A pull-request comment: collapsible details, a hidden marker, at most 60,000 characters.</summary>
    Markdown,

    /// <summary>Machine-readable JSON, sensitive values masked as in the other formats.</summary>
    Json,
}
