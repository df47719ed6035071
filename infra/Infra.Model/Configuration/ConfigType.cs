namespace Infra.Configuration;

/// <summary>The value types a project config key can declare in <c>Pulumi.yaml</c>.</summary>
public enum ConfigType
{
    /// <summary>Any string.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A list of strings.</summary>
    Array,
}
