namespace Infra.Plans;

/// <summary>Whether an attribute value can be shown, and why not.</summary>
public enum ValueState
{
    /// <summary>The attribute has no value on this side (created or removed).</summary>
    Absent,

    /// <summary>The value is known and may be shown.</summary>
    Known,

    /// <summary>The value is computed during apply.</summary>
    Unknown,

    /// <summary>The value is sensitive and is never shown.</summary>
    Sensitive,
}
