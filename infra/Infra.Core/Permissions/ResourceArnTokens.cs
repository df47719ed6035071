using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// How a value unknown until apply (a key id, an API id) is written inside an ARN that is evaluated at synth:
/// <c>${&lt;terraform address&gt;.&lt;attribute&gt;}</c>. Policies and requirements render the same reference to the
/// same token, so an exact grant matches it, and a wildcard grant (<c>key/*</c>) matches it as it would match the
/// real value.
/// </summary>
public static class ResourceArnTokens
{
    /// <summary>The token of <paramref name="reference"/>, e.g. <c>${aws_kms_key.state_key_key.key_id}</c>.</summary>
    public static string Of(AttributeReference reference) => Of(reference.Resource, reference.TerraformAttribute);

    /// <summary>The token of <paramref name="resource"/>'s attribute <paramref name="attribute"/>.</summary>
    public static string Of(CustomResource resource, string attribute) => "${" + resource.TerraformAddress + "." + attribute + "}";

    /// <summary>True when <paramref name="value"/> contains a token, i.e. part of it is known only after apply.</summary>
    public static bool HasToken(string value) => value.Contains("${", StringComparison.Ordinal);
}
