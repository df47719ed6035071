using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// The AWS and GitHub APIs infra itself calls, on one loopback server (AWS_ENDPOINT_URL and GITHUB_API_URL point
/// at it): STS answers for the role the credentials were issued for, the deploy-freeze parameter is absent, backups,
/// CodeDeploy deployments, Lambda alias reads, updates and invocations succeed (a smoke invocation with a passing smoke result), alarms are quiet, SNS accepts, the GitHub Deployments API keeps records in memory, and the
/// artifact buckets are an in-memory S3 (<see cref="S3"/>) that decides every object request by the generated
/// policies of the checkout's stacks (the caller's identity policies and the owning stack's bucket and key policies,
/// <see cref="GeneratedS3Access"/>), so a read across accounts is allowed only when both sides grant it; the compare and workflow-runs API answer from <see cref="History"/>. Any other call is answered with an error naming it,
/// so a new call is noticed.
/// </summary>
internal sealed partial class RehearsalCloud : IDisposable
{
    private readonly ConcurrentDictionary<string, string> roles = new(StringComparer.Ordinal);
    private readonly LoopbackServer server;

    /// <summary>A cloud whose buckets obey the policies that the repository at <paramref name="repositoryRoot"/> generates.</summary>
    public RehearsalCloud(string repositoryRoot)
    {
        S3.Access = GeneratedS3Access.Of(repositoryRoot);
        S3.CallerOf = request => roles.TryGetValue(KeyPattern().Match(request.Header("authorization")).Groups["key"].Value, out var role) ? role : null;
        server = new LoopbackServer(Respond);
    }

    public string Url => server.Url;

    /// <summary>The repository's deployment records.</summary>
    public FakeGitHubDeployments GitHub { get; } = new("bbws", "platform");

    /// <summary>Every account's artifact bucket, by <c>bucket/key</c>.</summary>
    public FakeS3 S3 { get; } = new();

    /// <summary>The compare and workflow-runs API a promotion's verification reads.</summary>
    public RehearsalGitHubHistory History { get; } = new(WorkflowRehearsal.Repository);

    /// <summary>Every request, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => server.Requests;

    /// <summary>The AWS operations called, in order ("sts:GetCallerIdentity", "ssm:AmazonSSM.GetParameter").</summary>
    public IReadOnlyList<string> AwsOperations => [.. Requests.Where(r => !r.PathAndQuery.StartsWith("/api/v3/", StringComparison.Ordinal)).Select(Operation)];

    /// <summary>Issues an access key for a session of <paramref name="roleArn"/>, as STS AssumeRoleWithWebIdentity does.</summary>
    public string Issue(string roleArn)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"ASIAREHEARSAL{roles.Count:D4}");
        roles[key] = roleArn;
        return key;
    }

    public void Dispose() => server.Dispose();

    private static string Service(RecordedRequest request) =>
        ScopePattern().Match(request.Header("authorization")) is { Success: true } m ? m.Groups["service"].Value : "unsigned";

    private static string Operation(RecordedRequest request)
    {
        var target = request.Header("x-amz-target");
        var action = Regex.Match(request.Body, "(?:^|&)Action=([A-Za-z]+)").Groups[1].Value;
        return $"{Service(request)}:{(target.Length > 0 ? target : action.Length > 0 ? action : request.Method + " " + request.PathAndQuery)}";
    }

    private StubResponse Respond(RecordedRequest request)
    {
        if (request.PathAndQuery.StartsWith("/api/v3/", StringComparison.Ordinal))
        {
            return History.Respond(request) ?? GitHub.Respond(request);
        }

        if (request.PathAndQuery.StartsWith("/rehearsal-api/", StringComparison.Ordinal))
        {
            return new StubResponse(200, "application/json", "[]");
        }

        var operation = Operation(request);
        if (operation.StartsWith("s3:", StringComparison.Ordinal))
        {
            return S3.Respond(request);
        }

        if (operation.StartsWith("lambda:", StringComparison.Ordinal))
        {
            return Lambda(request);
        }

        return operation switch
        {
            "sts:GetCallerIdentity" => CallerIdentity(request),
            "ssm:AmazonSSM.GetParameter" => new StubResponse(400, "application/x-amz-json-1.1", """{"__type":"ParameterNotFound","message":""}"""),
            "sns:Publish" => new StubResponse(200, "text/xml", "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>m</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>"),
            "codedeploy:CodeDeploy_20141006.CreateDeployment" => new StubResponse(200, "application/x-amz-json-1.1", """{"deploymentId":"d-REHEARSAL1"}"""),
            "codedeploy:CodeDeploy_20141006.ListDeployments" => new StubResponse(200, "application/x-amz-json-1.1", """{"deployments":[]}"""),
            "codedeploy:CodeDeploy_20141006.GetDeployment" => new StubResponse(200, "application/x-amz-json-1.1", """{"deploymentInfo":{"deploymentId":"d-REHEARSAL1","status":"Succeeded"}}"""),
            "dynamodb:DynamoDB_20120810.CreateBackup" => new StubResponse(200, "application/x-amz-json-1.0", """{"BackupDetails":{"BackupArn":"arn:aws:dynamodb:eu-west-1:000000000000:table/t/backup/01","BackupCreationDateTime":1.7672256E9,"BackupName":"b","BackupSizeBytes":0,"BackupStatus":"CREATING","BackupType":"USER"}}"""),
            "monitoring:DescribeAlarms" => new StubResponse(200, "text/xml", "<DescribeAlarmsResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><DescribeAlarmsResult><MetricAlarms/><CompositeAlarms/></DescribeAlarmsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeAlarmsResponse>"),
            _ => Unanswered(operation),
        };
    }

    private static StubResponse Unanswered(string operation) =>
        new(400, "application/json", $$"""{"__type":"RehearsalUnanswered","message":"the rehearsal does not answer {{operation}}"}""");

    // Lambda's REST API: the live alias points at version 6 of versions 5 to 7, invocations succeed, alias updates are accepted.
    private static StubResponse Lambda(RecordedRequest request)
    {
        var path = request.PathAndQuery.Split('?')[0];
        var alias = AliasPath().Match(path);
        if (alias.Success && request.Method is "GET" or "PUT")
        {
            var function = Uri.UnescapeDataString(alias.Groups["function"].Value);
            var version = request.Method == "PUT" ? Regex.Match(request.Body, "\"FunctionVersion\"\\s*:\\s*\"([^\"]+)\"").Groups[1].Value : "6";
            return new StubResponse(200, "application/json", $$"""{"AliasArn":"arn:aws:lambda:eu-west-1:000000000000:function:{{function}}:live","Name":"live","FunctionVersion":"{{version}}","Description":""}""");
        }

        if (path.EndsWith("/versions", StringComparison.Ordinal) && request.Method == "GET")
        {
            return new StubResponse(200, "application/json", """{"Versions":[{"Version":"$LATEST"},{"Version":"5"},{"Version":"6"},{"Version":"7"}]}""");
        }

        if (path.EndsWith("/invocations", StringComparison.Ordinal) && request.Method == "POST")
        {
            return new StubResponse(200, "application/json", request.Body.TrimStart().StartsWith("{\"smoke\"", StringComparison.Ordinal) ? SmokeResult(path) : "{}");
        }

        return Unanswered(Operation(request));
    }

    // What a deployed handler answers to the smoke marker when every check passed: the order processor stores nothing
    // and sends both e-mails to the mailbox simulator; the product API only reads.
    private static string SmokeResult(string path) => path.Contains("order-processor", StringComparison.Ordinal)
        ? """{"smoke":{"ok":true,"orderId":"smoke-rehearsal-1","stored":false,"from":"noreply@bigbeard.co.za","checks":[{"name":"store","ok":true},{"name":"email internal_notification.html","ok":true,"messageId":"0100-internal"},{"name":"email customer_confirmation.html","ok":true,"messageId":"0100-customer"}]}}"""
        : """{"smoke":{"ok":true,"stored":false,"checks":[{"name":"list","ok":true},{"name":"get","ok":true}]}}""";

    private StubResponse CallerIdentity(RecordedRequest request)
    {
        var key = KeyPattern().Match(request.Header("authorization")).Groups["key"].Value;
        if (!roles.TryGetValue(key, out var role))
        {
            return new StubResponse(403, "text/xml", "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>");
        }

        var account = role.Split(':')[4];
        var name = role[(role.LastIndexOf('/') + 1)..];
        return new StubResponse(200, "text/xml", $"""
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult><Arn>arn:aws:sts::{account}:assumed-role/{name}/rehearsal</Arn><UserId>AROAREHEARSAL:rehearsal</UserId><Account>{account}</Account></GetCallerIdentityResult>
              <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """);
    }

    [GeneratedRegex("Credential=[^/]+/[0-9]+/[^/]+/(?<service>[^/]+)/aws4_request")]
    private static partial Regex ScopePattern();

    [GeneratedRegex("^/2015-03-31/functions/(?<function>[^/]+)/aliases/live$")]
    private static partial Regex AliasPath();

    [GeneratedRegex("Credential=(?<key>[^/]+)/")]
    private static partial Regex KeyPattern();
}
