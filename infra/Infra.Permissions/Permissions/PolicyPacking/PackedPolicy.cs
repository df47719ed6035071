namespace Infra.Permissions;

/// <summary>One policy document of a packed role.</summary>
/// <param name="Name">The policy's name: <c>&lt;role&gt;-ledger</c> inline, <c>&lt;role&gt;-ledger-N</c> managed.</param>
/// <param name="Statements">The statements, in a stable order.</param>
/// <param name="Size">Its size as IAM counts it (references counted as <see cref="IamPolicyQuotas.ReferenceLength"/>).</param>
public sealed record PackedPolicy(string Name, IReadOnlyList<PackableStatement> Statements, int Size);
