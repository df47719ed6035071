using Infra.Permissions;

namespace Infra.Tests.Testing;

/// <summary>
/// One request for <see cref="IamOracle"/>: the role's identity policies and optional permissions boundary, the resource
/// policy of the requested resource if any, and the request. Policies are JSON documents, exactly as generated.
/// </summary>
/// <param name="IdentityPolicies">The role's identity policy documents.</param>
/// <param name="Request">The request; its principal is the role, and the resource is taken to be in the role's account.</param>
/// <param name="ResourcePolicy">The resource policy document governing the requested resource, or null.</param>
/// <param name="ResourcePolicyKind">What that policy is attached to (the oracle infers it from the action; our evaluator is told).</param>
/// <param name="PermissionsBoundary">The role's permissions boundary document, or null.</param>
public sealed record OracleCase(
    IReadOnlyList<string> IdentityPolicies,
    IamRequest Request,
    string? ResourcePolicy = null,
    ResourcePolicyKind ResourcePolicyKind = ResourcePolicyKind.Other,
    string? PermissionsBoundary = null);
