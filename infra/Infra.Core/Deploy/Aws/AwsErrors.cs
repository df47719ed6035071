using Infra.Model;

namespace Infra.Deploy.Aws;

/// <summary>Every AWS-related error message of the deploy verbs, in one place, each saying what to do next.</summary>
public static class AwsErrors
{
    /// <summary>The environment variables and files the credential chain looks at, for the no-credentials message.</summary>
    public static string CredentialSources()
    {
        var profile = Environment.GetEnvironmentVariable("AWS_PROFILE") is { Length: > 0 } p ? p : "default";
        return "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), " +
               $"profile '{profile}' (AWS_PROFILE) in AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials and AWS_CONFIG_FILE or ~/.aws/config, " +
               "AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN (GitHub OIDC), and the container/instance metadata";
    }

    /// <summary>The credential chain found nothing.</summary>
    public static InfraException NoCredentials(string stack) =>
        new($"stack '{stack}': no AWS credentials found (looked at {CredentialSources()}). " +
            "Set credentials for the stack's account, e.g. 'export AWS_PROFILE=<profile>' or run in a job that assumes the stack's deploy role.",
            ExitCodes.EnvironmentRefused);

    /// <summary>The caller is in another account than the stack's.</summary>
    public static InfraException WrongAccount(StackTarget target, CallerIdentity caller) =>
        new($"stack '{target.Stack}': the AWS credentials belong to account {caller.Account} ({caller.Arn}), but Pulumi.{target.Stack}.yaml " +
            $"'{target.Project}:accountId' is {target.AccountId}. Nothing was run. Use credentials for account {target.AccountId} " +
            $"(the '{target.Stack}' profile or deploy role), or pass the stack that belongs to account {caller.Account}.",
            ExitCodes.EnvironmentRefused);

    /// <summary>STS refused the credentials in the stack's region.</summary>
    public static InfraException Refused(StackTarget target, string code, string message) =>
        new($"stack '{target.Stack}': STS in {target.Region} refused the credentials ({code}: {message}). " +
            $"Refresh the credentials for account {target.AccountId}; if {target.Region} is an opt-in region, enable it for the account first.",
            ExitCodes.EnvironmentRefused);

    /// <summary>An AWS call failed for a reason outside the user's input (network, throttling, a 5xx).</summary>
    public static InfraException CallFailed(string service, string operation, string resource, string detail, Exception? inner = null) =>
        new($"{service} {operation} on '{resource}' failed: {detail}. Check the network and the service's health, then run the command again.",
            ExitCodes.ExternalFailure, inner);
}
