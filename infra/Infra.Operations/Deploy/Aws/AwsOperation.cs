namespace Infra.Deploy.Aws;

/// <summary>
/// One AWS API operation as a call site uses it, saying whether it may be sent again after a transient failure and
/// which IAM action authorizes it. Declared by each call site, never guessed from the HTTP method: CodeDeploy and SNS
/// POST both their reads and their writes, and an operation's IAM action is not always its name (Lambda's
/// <c>Invoke</c> is <c>lambda:InvokeFunction</c>).
/// </summary>
/// <param name="Service">The service as users know it, e.g. <c>CodeDeploy</c>.</param>
/// <param name="Name">The API operation, e.g. <c>CreateDeployment</c>.</param>
/// <param name="IamAction">The IAM action AWS evaluates for the call, e.g. <c>codedeploy:CreateDeployment</c>; the driver's permission declaration must list it.</param>
/// <param name="SafeToRetry">True for reads and idempotent writes: sending it twice has the effect of sending it once.</param>
/// <param name="HowToCheck">For an operation that is not safe to retry: how the user finds out whether it took effect.</param>
public sealed record AwsOperation(string Service, string Name, string IamAction, bool SafeToRetry, string? HowToCheck = null)
{
    /// <summary>A read: retried after throttling, 5xx answers, timeouts and broken connections.</summary>
    public static AwsOperation Read(string service, string name, string iamAction) => new(service, name, iamAction, true);

    /// <summary>A write whose repetition changes nothing more: retried like a read.</summary>
    public static AwsOperation IdempotentWrite(string service, string name, string iamAction) => new(service, name, iamAction, true);

    /// <summary>A write that a timeout leaves uncertain: sent once; a failure says how to check what happened.</summary>
    public static AwsOperation SentOnce(string service, string name, string iamAction, string howToCheck) => new(service, name, iamAction, false, howToCheck);
}
