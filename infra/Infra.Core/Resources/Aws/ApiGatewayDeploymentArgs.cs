using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="ApiGatewayDeployment"/>.</summary>
public sealed record ApiGatewayDeploymentArgs
{
    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>What the deployment is.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>Values whose change makes a new deployment (a hash of the API definition).</summary>
    [Input("triggers")]
    public IReadOnlyDictionary<string, string>? Triggers { get; init; }
}
