// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (github_actions_environment_variable) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A GitHub Actions variable of one environment (<c>github_actions_environment_variable</c>): not secret. (<c>github_actions_environment_variable</c>).</summary>
public sealed class ActionsEnvironmentVariable : CustomResource<ActionsEnvironmentVariableArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ActionsEnvironmentVariable(string name, ActionsEnvironmentVariableArgs args, ResourceOptions? options = null)
        : base("github_actions_environment_variable", "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable", name, args, options)
    {
    }

    /// <summary>The <c>created_at</c> attribute.</summary>
    public Output<string> CreatedAt => Attribute("created_at");

    /// <summary>The <c>updated_at</c> attribute.</summary>
    public Output<string> UpdatedAt => Attribute("updated_at");
}

/// <summary>Inputs of <see cref="ActionsEnvironmentVariable"/>.</summary>
public sealed partial record ActionsEnvironmentVariableArgs
{
    /// <summary>The environment (a reference to it, so the variable is created after it).</summary>
    [Input("environment")]
    public required Input<string> Environment { get; init; }

    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required string Repository { get; init; }

    /// <summary>The value.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }

    /// <summary>The variable name, e.g. <c>AWS_DEPLOY_ROLE_ARN</c>.</summary>
    [Input("variable_name")]
    public required string VariableName { get; init; }
}
