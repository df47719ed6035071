using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="IamOpenIdConnectProvider"/>.</summary>
public sealed record IamOpenIdConnectProviderArgs
{
    /// <summary>The issuer URL.</summary>
    [Input("url")]
    public required string Url { get; init; }

    /// <summary>The audiences accepted.</summary>
    [Input("client_id_list", Pulumi = "clientIdLists")]
    public required IReadOnlyList<string> ClientIdList { get; init; }
}
