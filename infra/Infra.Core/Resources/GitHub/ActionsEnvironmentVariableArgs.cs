using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>Inputs of <see cref="ActionsEnvironmentVariable"/>.</summary>
public sealed record ActionsEnvironmentVariableArgs
{
    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required string Repository { get; init; }

    /// <summary>The environment (a reference to it, so the variable is created after it).</summary>
    [Input("environment")]
    public required Input<string> Environment { get; init; }

    /// <summary>The variable name, e.g. <c>AWS_DEPLOY_ROLE_ARN</c>.</summary>
    [Input("variable_name")]
    public required string VariableName { get; init; }

    /// <summary>The value.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}
