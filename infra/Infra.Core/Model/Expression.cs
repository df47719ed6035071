namespace Infra.Model;

/// <summary>
/// A value that is only known to the engine: a reference to another resource's attribute, a variable,
/// a function call or a string template made of those. Emitters render it in their own syntax.
/// </summary>
public abstract record Expression;

/// <summary>An attribute of another resource, e.g. a role's ARN.</summary>
/// <param name="Resource">The resource whose attribute is read.</param>
/// <param name="TerraformAttribute">The attribute's Terraform name (<c>invoke_arn</c>).</param>
/// <param name="PulumiAttribute">The attribute's Pulumi output name (<c>invokeArn</c>).</param>
public sealed record AttributeReference(CustomResource Resource, string TerraformAttribute, string PulumiAttribute) : Expression;

/// <summary>A sensitive input variable supplied at run time (a <c>secure:</c> config value), never written in clear.</summary>
/// <param name="Name">The variable name (Terraform <c>var.NAME</c>, Pulumi config key).</param>
/// <param name="ConfigKey">The stack config key the value comes from, e.g. <c>bbws:githubAppPem</c>.</param>
public sealed record SecretVariable(string Name, string ConfigKey) : Expression;

/// <summary>The base64 SHA-256 of a file, evaluated by the engine at plan time (Terraform <c>filebase64sha256</c>).</summary>
/// <param name="Path">The file, relative to the repository root.</param>
public sealed record FileHash(RepositoryPath Path) : Expression;

/// <summary>The hex MD5 of a file, evaluated by the engine at plan time (Terraform <c>filemd5</c>), so that an edit of the file changes the plan.</summary>
/// <param name="Path">The file, relative to the repository root.</param>
public sealed record FileMd5(RepositoryPath Path) : Expression;

/// <summary>A string made of literal text and expressions, e.g. <c>"${bucket.arn}/email-templates/*"</c>.</summary>
/// <param name="Parts">Literal strings and expressions, in order.</param>
public sealed record Template(IReadOnlyList<object> Parts) : Expression;
