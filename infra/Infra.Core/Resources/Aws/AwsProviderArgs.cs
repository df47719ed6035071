using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Settings of <see cref="AwsProvider"/>.</summary>
public sealed record AwsProviderArgs
{
    /// <summary>The region every resource is created in.</summary>
    [Input("region")]
    public required string Region { get; init; }

    /// <summary>The only accounts whose credentials the provider accepts; any other fails before planning.</summary>
    [Input("allowed_account_ids")]
    public required IReadOnlyList<string> AllowedAccountIds { get; init; }

    /// <summary>Tags added to every taggable resource.</summary>
    [Input("default_tags")]
    public AwsDefaultTags? DefaultTags { get; init; }
}
