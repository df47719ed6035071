using Amazon.Runtime;

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
    /// <summary>The endpoint could not be reached, on every attempt.</summary>
    public static InfraException Unreachable(AwsOperation operation, string resource, string endpoint, string endpointVariable, string detail, int attempts, Exception? inner = null) =>
        new($"{operation.Service} {operation.Name} on '{resource}' failed: could not reach {endpoint} ({OneLine(detail)}){Attempts(attempts)}. " +
            $"Check the network and the endpoint ({endpointVariable} or AWS_ENDPOINT_URL when set), then run the command again.",
            ExitCodes.ExternalFailure, inner);

    /// <summary>No answer within the timeout, on every attempt of a call that is safe to retry.</summary>
    public static InfraException NoAnswer(AwsOperation operation, string resource, string endpoint, string timeout, int attempts, Exception? inner = null) =>
        new($"{operation.Service} {operation.Name} on '{resource}' failed: {endpoint} gave no answer within {timeout}{Attempts(attempts)}. " +
            $"Check the network and the service's health, then run the command again (a longer wait: {ExternalCallSettings.TimeoutVariable}).",
            ExitCodes.ExternalFailure, inner);

    /// <summary>A call that is not safe to repeat failed in a way that leaves its effect unknown: it was not sent again.</summary>
    public static InfraException Uncertain(AwsOperation operation, string resource, string detail, Exception? inner = null) =>
        new($"{operation.Service} {operation.Name} on '{resource}' failed: {detail}. It was not sent again because it may have taken effect: " +
            $"{operation.HowToCheck ?? "check its effect in the AWS console"} before running the command again.",
            ExitCodes.ExternalFailure, inner);

    /// <summary>The service answered with an error status.</summary>
    public static InfraException Answered(AwsOperation operation, string resource, int status, string body, int attempts) =>
        CallFailed(operation.Service, operation.Name, resource, $"HTTP {status}: {OneLine(body)}{Attempts(attempts)}");

    /// <summary>The service answered 2xx with a body that is not what the operation returns.</summary>
    public static InfraException Malformed(AwsOperation operation, string resource, string what) =>
        new($"{operation.Service} {operation.Name} on '{resource}' failed: the answer is malformed ({what}). " +
            "Check that the endpoint is the AWS service (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL) and run the command again.",
            ExitCodes.ExternalFailure);

    /// <summary>An AWS SDK call (STS, SSM, DynamoDB) failed after the SDK's own retries.</summary>
    public static InfraException FromSdk(string service, string operation, string resource, Exception e) =>
        CallFailed(service, operation, resource, SdkDetail(e), e);

    /// <summary>True for what an AWS SDK call throws when the service or the network fails (not our own errors).</summary>
    public static bool IsSdkFailure(Exception e) =>
        e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException or OperationCanceledException or TimeoutException or Newtonsoft.Json.JsonException or System.Xml.XmlException;

    /// <summary><paramref name="text"/> on one line, at most 300 characters: error bodies can be whole HTML pages.</summary>
    public static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length == 0 ? "(empty body)" : line.Length <= 300 ? line : line[..300] + "...";
    }

    private static string Attempts(int attempts) => attempts > 1 ? $" ({attempts} attempts)" : string.Empty;

    /// <summary>What an AWS SDK failure says, on one line and without the exception's type.</summary>
    public static string SdkDetail(Exception e) => e switch
    {
        AmazonUnmarshallingException => "the answer is malformed (not the service's XML or JSON); check that the endpoint is the AWS service",
        AmazonServiceException { StatusCode: var status } s when (int)status != 0 =>
            $"HTTP {(int)status}{(s.ErrorCode is { Length: > 0 } code ? $" {code}" : string.Empty)}: {OneLine(s.Message)}",
        OperationCanceledException or TimeoutException => $"no answer within {ExternalCallSettings.FromEnvironment().TimeoutText}",
        HttpRequestException or IOException => $"could not reach the endpoint ({OneLine(e.Message)})",
        _ when e.InnerException is { } inner && inner != e => SdkDetail(inner),
        _ => OneLine(e.Message),
    };
}
