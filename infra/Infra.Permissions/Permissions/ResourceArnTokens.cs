using System.Text.RegularExpressions;
using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// How a value unknown until apply (a key id, an API id) is written inside an ARN that is evaluated at synth:
/// <c>${&lt;terraform address&gt;.&lt;attribute&gt;}</c>. Policies and requirements render the same reference to the
/// same token, so an exact grant matches it, and a wildcard grant (<c>key/*</c>) matches it as it would match the
/// real value.
/// </summary>
public static partial class ResourceArnTokens
{
    /// <summary>The token of <paramref name="reference"/>, e.g. <c>${aws_kms_key.state_key_key.key_id}</c>.</summary>
    public static string Of(AttributeReference reference) => Of(reference.Resource, reference.TerraformAttribute);

    /// <summary>The token of <paramref name="resource"/>'s attribute <paramref name="attribute"/>.</summary>
    public static string Of(CustomResource resource, string attribute) => "${" + resource.TerraformAddress + "." + attribute + "}";

    /// <summary>True when <paramref name="value"/> contains a token, i.e. part of it is known only after apply.</summary>
    public static bool HasToken(string value) => value.Contains("${", StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="value"/> with each token replaced by <c>*</c>: the narrowest pattern a policy written before
    /// apply (a ledger) can use for a part that exists only after it.
    /// </summary>
    public static string Wildcarded(string value) => HasToken(value) ? Token().Replace(value, "*") : value;

    [GeneratedRegex(@"\$\{[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]+)+\}")]
    private static partial Regex Token();
}
