namespace Infra.Permissions;

/// <summary>Why AWS denied a request, as its error message says; it decides where the fix belongs.</summary>
public enum DenialReason
{
    /// <summary>"because no identity-based policy allows": the role lacks a grant (the only case a ledger fixes).</summary>
    MissingIdentityGrant,

    /// <summary>The older message with no reason: most often a missing grant, but AWS did not say.</summary>
    Unstated,

    /// <summary>An explicit deny in an identity-based policy of the principal: remove the deny, a grant cannot win.</summary>
    IdentityPolicyDeny,

    /// <summary>An organization's service control policy: its owner must change it.</summary>
    ServiceControlPolicy,

    /// <summary>An organization's resource control policy: its owner must change it.</summary>
    ResourceControlPolicy,

    /// <summary>The principal's permissions boundary.</summary>
    PermissionsBoundary,

    /// <summary>The session policy passed when the role was assumed.</summary>
    SessionPolicy,

    /// <summary>The resource's own policy (bucket policy, KMS key policy, a role's trust policy...).</summary>
    ResourcePolicy,

    /// <summary>The VPC endpoint's policy.</summary>
    VpcEndpointPolicy,

    /// <summary>An authorization failure that names no action ("Access Denied", an encoded message).</summary>
    Opaque,

    /// <summary>The text holds an error, but not an authorization failure.</summary>
    NotAuthorizationError,

    /// <summary>The text looks like an authorization failure, but its parts could not be read.</summary>
    Unparseable,
}
