using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="ApiGatewayMethodSettings"/>.</summary>
public sealed record ApiGatewayMethodSettingsArgs
{
    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>The stage's name.</summary>
    [Input("stage_name")]
    public required Input<string> StageName { get; init; }

    /// <summary>Default <c>*/*</c>: every method.</summary>
    [Input("method_path")]
    public string MethodPath { get; init; } = "*/*";

    /// <summary>The settings.</summary>
    [Input("settings")]
    public required ApiGatewayMethodSettingsValues Settings { get; init; }
}
