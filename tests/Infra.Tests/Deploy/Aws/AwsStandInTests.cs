using System.Net;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

/// <summary>The SSM, DynamoDB, SNS and CloudWatch adapters against a loopback stand-in answering with recorded shapes.</summary>
[NonParallelizable]
public class AwsStandInTests
{
    private static readonly StackTarget Prod = new("bbws", "prod", "093646564004", "af-south-1");

    [Test]
    public void AFailedSsmReadExits4NamingTheParameter()
    {
        using var server = new LoopbackServer(_ => new StubResponse(500, "application/x-amz-json-1.1", """{"__type":"InternalServerError","message":"try later"}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_SSM"] = server.Url, ["AWS_MAX_ATTEMPTS"] = "1" });

        var error = Assert.ThrowsAsync<InfraException>(() => new SsmDeployFreeze(TestAwsCredentials.Session).GetReasonAsync(Prod, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed SSM call must exit 4");
        Assert.That(error.Message, Does.Contain("/bbws/prod/deploy-freeze"), "the message must name the parameter");
    }

    [Test]
    public async Task TheFreezeParameterIsReadSignedForSsmInTheStacksRegion()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/x-amz-json-1.1",
            """{"Parameter":{"ARN":"arn:aws:ssm:af-south-1:093646564004:parameter/bbws/prod/deploy-freeze","DataType":"text","LastModifiedDate":1.767225600E9,"Name":"/bbws/prod/deploy-freeze","Type":"String","Value":"incident 42","Version":1}}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_SSM"] = server.Url });

        var reason = await new SsmDeployFreeze(TestAwsCredentials.Session).GetReasonAsync(Prod, CancellationToken.None);

        var request = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(reason, Is.EqualTo("incident 42"), "the parameter's value is the freeze reason");
            Assert.That(request.Header("x-amz-target"), Is.EqualTo("AmazonSSM.GetParameter"), "the request is not SSM GetParameter");
            Assert.That(request.Body, Does.Contain("\"Name\":\"/bbws/prod/deploy-freeze\""), "the request does not name the freeze parameter");
            Assert.That(request.Header("authorization"), Does.Contain("/af-south-1/ssm/aws4_request"), "the request is not signed for SSM in the stack's region");
        });
    }

    [Test]
    public async Task AMissingFreezeParameterMeansNotFrozen()
    {
        using var server = new LoopbackServer(_ => new StubResponse(400, "application/x-amz-json-1.1", """{"__type":"ParameterNotFound","message":""}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_SSM"] = server.Url });

        var reason = await new SsmDeployFreeze(TestAwsCredentials.Session).GetReasonAsync(Prod, CancellationToken.None);

        Assert.That(reason, Is.Null, "ParameterNotFound must read as 'not frozen'");
    }

    [Test]
    public async Task FreezingWritesAnOverwritableStringParameter()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/x-amz-json-1.1", """{"Tier":"Standard","Version":2}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_SSM"] = server.Url });

        await new SsmDeployFreeze(TestAwsCredentials.Session).SetAsync(Prod, "incident 42", CancellationToken.None);

        var request = server.Requests.Single();
        Assert.That(request.Header("x-amz-target"), Is.EqualTo("AmazonSSM.PutParameter"), "freezing is not an SSM PutParameter");
        Assert.That(request.Body, Does.Contain("\"Overwrite\":true").And.Contain("\"Value\":\"incident 42\"").And.Contain("\"Type\":\"String\""), "the parameter must be an overwritable String holding the reason");
    }

    [Test]
    public async Task TheBackupRequestNamesTableAndBackupAndReturnsTheArn()
    {
        const string arn = "arn:aws:dynamodb:af-south-1:093646564004:table/2-1-bbws-orders-prod/backup/01767225600000-a1b2c3d4";
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/x-amz-json-1.0",
            $$$"""{"BackupDetails":{"BackupArn":"{{{arn}}}","BackupCreationDateTime":1.767225600E9,"BackupName":"2-1-bbws-orders-prod-0123456789ab","BackupSizeBytes":0,"BackupStatus":"CREATING","BackupType":"USER"}}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_DYNAMODB"] = server.Url });

        var backup = await new DynamoDbTableBackups(TestAwsCredentials.Session, Prod).CreateBackupAsync("2-1-bbws-orders-prod", "2-1-bbws-orders-prod-0123456789ab", CancellationToken.None);

        var request = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(backup, Is.EqualTo(arn), "the backup's ARN was not read from the answer");
            Assert.That(request.Header("x-amz-target"), Is.EqualTo("DynamoDB_20120810.CreateBackup"), "the request is not DynamoDB CreateBackup");
            Assert.That(request.Body, Does.Contain("\"TableName\":\"2-1-bbws-orders-prod\"").And.Contain("\"BackupName\":\"2-1-bbws-orders-prod-0123456789ab\""), "the request does not name the table and the backup");
            Assert.That(request.Header("authorization"), Does.Contain("/af-south-1/dynamodb/aws4_request"), "the request is not signed for DynamoDB in prod's region");
        });
    }

    [Test]
    public void ARefusedBackupExits4SoNothingIsApplied()
    {
        using var server = new LoopbackServer(_ => new StubResponse(400, "application/x-amz-json-1.0", """{"__type":"com.amazonaws.dynamodb.v20120810#TableNotFoundException","message":"Table not found: 2-1-bbws-orders-prod"}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_DYNAMODB"] = server.Url });

        var error = Assert.ThrowsAsync<InfraException>(() => new DynamoDbTableBackups(TestAwsCredentials.Session, Prod).CreateBackupAsync("2-1-bbws-orders-prod", "b", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused backup must exit 4");
        Assert.That(error.Message, Does.Contain("2-1-bbws-orders-prod").And.Contain("TableNotFound"), "the message must name the table and DynamoDB's error");
    }

    [Test]
    public async Task PublishSendsTheJsonMessageAsAFormSignedForSns()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "text/xml",
            """<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult><ResponseMetadata><RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId></ResponseMetadata></PublishResponse>"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_SNS"] = server.Url });
        const string topic = "arn:aws:sns:af-south-1:093646564004:2-1-bbws-deployments-prod";

        await new SnsNotifier(TestAwsCredentials.Session, Prod).PublishAsync(topic, "[bbws/prod] freeze succeeded", """{"event":"freeze","reason":"a & b"}""", CancellationToken.None);

        var request = server.Requests.Single();
        var form = request.Body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => WebUtility.UrlDecode(p[1]));
        Assert.Multiple(() =>
        {
            Assert.That(form["Action"], Is.EqualTo("Publish"), "the request is not SNS Publish");
            Assert.That(form["TopicArn"], Is.EqualTo(topic), "the topic is not sent");
            Assert.That(form["Message"], Is.EqualTo("""{"event":"freeze","reason":"a & b"}"""), "the JSON message must survive form encoding unchanged");
            Assert.That(form["Subject"], Is.EqualTo("[bbws/prod] freeze succeeded"), "the subject is not sent");
            Assert.That(request.Header("authorization"), Does.Contain("/af-south-1/sns/aws4_request").And.Contain("content-type;host"), "the request is not signed for SNS with its content type");
        });
    }

    [Test]
    public void ARefusedPublishExits4NamingTheTopic()
    {
        using var server = new LoopbackServer(_ => new StubResponse(403, "text/xml",
            """<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>AuthorizationError</Code><Message>not authorized to perform: SNS:Publish</Message></Error></ErrorResponse>"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_SNS"] = server.Url });

        var error = Assert.ThrowsAsync<InfraException>(() => new SnsNotifier(TestAwsCredentials.Session, Prod).PublishAsync("arn:aws:sns:af-south-1:093646564004:t", "s", "{}", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused publish must exit 4");
        Assert.That(error.Message, Does.Contain("arn:aws:sns:af-south-1:093646564004:t").And.Contain("AuthorizationError"), "the message must name the topic and SNS's error");
    }

    [Test]
    public async Task AlarmsArePolledUntilNoneIsInAlarm()
    {
        var answers = new Queue<string>(["ALARM", "OK"]);
        using var server = new LoopbackServer(_ => new StubResponse(200, "text/xml", DescribeAlarms(("f-errors", answers.Count > 1 ? answers.Dequeue() : answers.Peek()), ("f-throttles", "INSUFFICIENT_DATA"))));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_CLOUDWATCH"] = server.Url });

        var loud = await new CloudWatchAlarms(TestAwsCredentials.Session, Prod, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(10)).WaitUntilQuietAsync(["f-errors", "f-throttles"], CancellationToken.None);

        Assert.That(loud, Is.Empty, "the alarms went quiet (OK, and no data) but the wait reported them");
        Assert.That(server.Requests, Has.Count.EqualTo(2), "the alarm in ALARM must be read again until it is OK");
        Assert.That(server.Requests[0].Body, Does.Contain("Action=DescribeAlarms").And.Contain("AlarmNames.member.1=f-errors").And.Contain("AlarmNames.member.2=f-throttles"), "the request must be DescribeAlarms naming each alarm");
        Assert.That(server.Requests[0].Header("authorization"), Does.Contain("/af-south-1/monitoring/aws4_request"), "the request is not signed for CloudWatch");
    }

    [Test]
    public async Task AnAlarmStillFiringOrMissingAtTheTimeoutIsReported()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "text/xml", DescribeAlarms(("f-errors", "ALARM"))));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_CLOUDWATCH"] = server.Url });

        var loud = await new CloudWatchAlarms(TestAwsCredentials.Session, Prod, TimeSpan.FromMilliseconds(10), TimeSpan.Zero).WaitUntilQuietAsync(["f-errors", "f-duration"], CancellationToken.None);

        Assert.That(loud, Is.EqualTo(new[] { "f-errors (ALARM)", "f-duration (not found)" }), "a firing alarm and a misnamed one must both be reported");
    }

    private static string DescribeAlarms(params (string Name, string State)[] alarms) =>
        "<DescribeAlarmsResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><DescribeAlarmsResult><MetricAlarms>" +
        string.Concat(alarms.Select(a => $"<member><AlarmName>{a.Name}</AlarmName><Namespace>AWS/Lambda</Namespace><MetricName>Errors</MetricName><StateValue>{a.State}</StateValue><StateReason>r</StateReason></member>")) +
        "</MetricAlarms><CompositeAlarms/></DescribeAlarmsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeAlarmsResponse>";
}
