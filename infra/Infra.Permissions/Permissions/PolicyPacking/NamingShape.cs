namespace Infra.Permissions;

/// <summary>
/// The shape of the stack's physical names, <c>&lt;prefix&gt;-&lt;purpose&gt;-&lt;stack&gt;</c>: the packer replaces
/// only the purpose with <c>*</c>, so a name pattern keeps the prefix and the stack (<c>function:2-1-bbws-*-dev</c>).
/// </summary>
/// <param name="Prefix">The name prefix, e.g. <c>2-1-bbws</c>.</param>
/// <param name="Stack">The stack name, e.g. <c>dev</c>.</param>
public sealed record NamingShape(string Prefix, string Stack);
