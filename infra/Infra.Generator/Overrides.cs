using System.Text.Json;
using System.Text.Json.Serialization;

namespace Infra.Generator;

/// <summary>The overrides file: the types to generate, keyed by Terraform type, and the decisions per type.</summary>
public sealed record Overrides
{
    /// <summary>Resource types to generate, keyed by Terraform type (<c>aws_dynamodb_table</c>).</summary>
    [JsonPropertyName("resources")]
    public Dictionary<string, TypeOverride> Resources { get; init; } = [];

    /// <summary>Providers to generate, keyed by provider package (<c>aws</c>, <c>github</c>).</summary>
    [JsonPropertyName("providers")]
    public Dictionary<string, TypeOverride> Providers { get; init; } = [];

    /// <summary>Reads the overrides file.</summary>
    public static Overrides Parse(string json) =>
        JsonSerializer.Deserialize<Overrides>(json, new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
        ?? throw new GeneratorException("the overrides file is empty: give it a \"resources\" object.");
}

/// <summary>What the schemas do not say about one type.</summary>
public sealed record TypeOverride
{
    /// <summary>The C# class name of the resource (its args are <c>{Class}Args</c>).</summary>
    [JsonPropertyName("class")]
    public required string Class { get; init; }

    /// <summary>The summary's noun phrase, e.g. <c>A DynamoDB table</c>.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>For a provider: its Terraform source address, e.g. <c>hashicorp/aws</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    /// <summary>True for resources that hold data which must survive (see <c>CustomResource.IsStateful</c>).</summary>
    [JsonPropertyName("stateful")]
    public bool Stateful { get; init; }

    /// <summary>
    /// The arguments whose change makes the provider replace the resource (ForceNew). The schema extracts do not carry
    /// ForceNew, so these come from the provider documentation; an argument missing here is previewed as an update.
    /// </summary>
    [JsonPropertyName("replacedOn")]
    public List<string> ReplacedOn { get; init; } = [];

    /// <summary>Extra attribute outputs by C# property name (computed-only string attributes come by themselves).</summary>
    [JsonPropertyName("outputs")]
    public Dictionary<string, OutputOverride> Outputs { get; init; } = [];

    /// <summary>
    /// Args members that are not provider inputs and are never emitted (the evidence a rule reads), by C# name.
    /// </summary>
    [JsonPropertyName("extras")]
    public Dictionary<string, MemberOverride> Extras { get; init; } = [];

    /// <summary>Per attribute or block, keyed by its dotted Terraform path (<c>server_side_encryption.kms_key_arn</c>).</summary>
    [JsonPropertyName("members")]
    public Dictionary<string, MemberOverride> Members { get; init; } = [];
}

/// <summary>The decisions about one attribute or block.</summary>
public sealed record MemberOverride
{
    /// <summary>The C# property name, when it is not the PascalCase of the Pulumi name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// The exact C# type, when the default mapping does not fit: a plain <c>string</c> that rules read,
    /// <c>Input&lt;string&gt;</c> for a value that may be a reference, a JSON document type for a policy.
    /// </summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>True to make the member required in C# though Terraform does not require it.</summary>
    [JsonPropertyName("required")]
    public bool Required { get; init; }

    /// <summary>For a block: the C# record name of its nested type.</summary>
    [JsonPropertyName("class")]
    public string? Class { get; init; }

    /// <summary>The Pulumi input name, when the Pulumi schema has none for this member or another one.</summary>
    [JsonPropertyName("pulumi")]
    public string? Pulumi { get; init; }

    /// <summary>True when the member is written for Terraform only (Pulumi computes it itself, e.g. a code hash).</summary>
    [JsonPropertyName("terraformOnly")]
    public bool TerraformOnly { get; init; }

    /// <summary>The documentation text (the schema extracts carry none).</summary>
    [JsonPropertyName("doc")]
    public string? Doc { get; init; }
}

/// <summary>An attribute output the schema does not make by itself (a configurable attribute, a nested value).</summary>
public sealed record OutputOverride
{
    /// <summary>The Terraform attribute path, e.g. <c>name</c> or <c>dkim_signing_attributes[0].tokens</c>.</summary>
    [JsonPropertyName("terraform")]
    public required string Terraform { get; init; }

    /// <summary>The Pulumi output path, when it is not the Pulumi input name or camelCase of the Terraform one.</summary>
    [JsonPropertyName("pulumi")]
    public string? Pulumi { get; init; }
}
