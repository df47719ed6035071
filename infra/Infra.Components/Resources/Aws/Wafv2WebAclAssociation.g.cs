// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_wafv2_web_acl_association) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Puts a resource (an API Gateway REST API stage, a load balancer, ...) behind a regional WAFv2 web ACL (<c>aws_wafv2_web_acl_association</c>).</summary>
public sealed class Wafv2WebAclAssociation : CustomResource<Wafv2WebAclAssociationArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public Wafv2WebAclAssociation(string name, Wafv2WebAclAssociationArgs args, ResourceOptions? options = null)
        : base("aws_wafv2_web_acl_association", "aws:wafv2/webAclAssociation:WebAclAssociation", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="Wafv2WebAclAssociation"/>.</summary>
public sealed partial record Wafv2WebAclAssociationArgs
{
    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The protected resource's ARN, e.g. a REST API stage's.</summary>
    [Input("resource_arn")]
    public required Input<string> ResourceArn { get; init; }

    /// <summary>The <c>timeouts</c> block.</summary>
    [Input("timeouts", TerraformOnly = true)]
    public Wafv2WebAclAssociationTimeouts? Timeouts { get; init; }

    /// <summary>The web ACL's ARN.</summary>
    [Input("web_acl_arn")]
    public required Input<string> WebAclArn { get; init; }
}

/// <summary>A <c>timeouts</c> block.</summary>
public sealed partial record Wafv2WebAclAssociationTimeouts
{
    /// <summary>The <c>create</c> argument.</summary>
    [Input("create", TerraformOnly = true)]
    public Input<string>? Create { get; init; }
}
