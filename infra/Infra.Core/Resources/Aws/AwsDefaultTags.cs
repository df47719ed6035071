using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>default_tags</c> block of the AWS provider.</summary>
public sealed record AwsDefaultTags
{
    /// <summary>The tags.</summary>
    [Input("tags")]
    public required IReadOnlyDictionary<string, string> Tags { get; init; }
}
