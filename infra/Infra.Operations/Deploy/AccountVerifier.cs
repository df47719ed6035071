using Infra.Deploy.Aws;

namespace Infra.Deploy;

/// <summary>
/// The account guard: the first step of every AWS-touching verb. It refuses (exit 3) unless the credentials belong
/// to the stack's account, as seen by STS at the stack's region.
/// </summary>
public sealed class AccountVerifier
{
    private readonly IAccountIdentity identity;

    /// <summary>Creates the guard over an STS client.</summary>
    public AccountVerifier(IAccountIdentity identity)
    {
        this.identity = identity;
    }

    /// <summary>Returns the caller when it is in the stack's account; otherwise throws an exit-3 error.</summary>
    public async Task<CallerIdentity> VerifyAsync(StackTarget target, CancellationToken cancellationToken)
    {
        CallerIdentity caller;
        try
        {
            caller = await identity.GetCallerIdentityAsync(target.Region, cancellationToken).ConfigureAwait(false);
        }
        catch (StsRefusedException e)
        {
            throw AwsErrors.Refused(target, e.Code, e.Detail);
        }

        if (caller.Account != target.AccountId)
        {
            throw AwsErrors.WrongAccount(target, caller);
        }

        return caller;
    }
}
