// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_codedeploy_app) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A CodeDeploy application (<c>aws_codedeploy_app</c>).</summary>
public sealed class CodeDeployApp : CustomResource<CodeDeployAppArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public CodeDeployApp(string name, CodeDeployAppArgs args, ResourceOptions? options = null)
        : base("aws_codedeploy_app", "aws:codedeploy/application:Application", name, args, options)
    {
    }

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> AppName => Attribute("name");

    /// <summary>The <c>application_id</c> attribute.</summary>
    public Output<string> ApplicationId => Attribute("application_id");

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>github_account_name</c> attribute.</summary>
    public Output<string> GithubAccountName => Attribute("github_account_name");
}

/// <summary>Inputs of <see cref="CodeDeployApp"/>.</summary>
public sealed partial record CodeDeployAppArgs
{
    /// <summary><c>Server</c> (Terraform's default), <c>Lambda</c> or <c>ECS</c>.</summary>
    [Input("compute_platform")]
    public string? ComputePlatform { get; init; }

    /// <summary>The application name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }
}
