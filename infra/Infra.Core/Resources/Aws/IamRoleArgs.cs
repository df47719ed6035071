using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="IamRole"/>.</summary>
public sealed record IamRoleArgs
{
    /// <summary>The role name (at most 64 characters).</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>What the role is for.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>Who may assume the role.</summary>
    [Input("assume_role_policy")]
    public required PolicyDocument AssumeRolePolicy { get; init; }

    /// <summary>Default 3600 seconds: the longest session a caller can ask for.</summary>
    [Input("max_session_duration")]
    public int? MaxSessionDurationSeconds { get; init; }
}
