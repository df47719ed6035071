namespace Infra.Model;

/// <summary>A sensitive input variable supplied at run time (a <c>secure:</c> config value), never written in clear.</summary>
/// <param name="Name">The variable name (Terraform <c>var.NAME</c>, Pulumi config key).</param>
/// <param name="ConfigKey">The stack config key the value comes from, e.g. <c>bbws:githubAppPem</c>.</param>
public sealed record SecretVariable(string Name, string ConfigKey) : Expression;
