using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="ApiGatewayResource"/>.</summary>
public sealed record ApiGatewayResourceArgs
{
    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>The parent resource's id.</summary>
    [Input("parent_id")]
    public required Input<string> ParentId { get; init; }

    /// <summary>The segment, e.g. <c>products</c> or <c>{id}</c>.</summary>
    [Input("path_part")]
    public required string PathPart { get; init; }
}
