using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Tests.Components;

public class LambdaServiceTests
{
    [Test]
    public void AliasLiveIgnoresVersionAndRoutingSoThatOnlyCodeDeployShiftsTraffic()
    {
        var service = Build(TestStacks.Empty());

        Assert.That(service.Alias.Args.Name, Is.EqualTo("live"));
        Assert.That(service.Alias.Options.IgnoreChanges, Is.EquivalentTo(new[] { "function_version", "routing_config" }), "an apply that moves the alias would skip the canary");
        Assert.That(service.Function.Args.Publish, Is.True, "CodeDeploy shifts between published versions");
    }

    [Test]
    public void DeploymentGroupRollsBackOnFailureAndOnEveryAlarm()
    {
        var service = Build(TestStacks.Empty(), a => a with { DeploymentConfigName = "CodeDeployDefault.LambdaCanary10Percent5Minutes" });
        var group = service.DeploymentGroup.Args;

        Assert.That(group.DeploymentConfigName, Is.EqualTo("CodeDeployDefault.LambdaCanary10Percent5Minutes"));
        Assert.That(group.DeploymentStyle, Is.EqualTo(new CodeDeployDeploymentStyle { DeploymentOption = "WITH_TRAFFIC_CONTROL", DeploymentType = "BLUE_GREEN" }));
        Assert.That(group.AutoRollbackConfiguration!.Events, Is.EquivalentTo(new[] { "DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM" }));
        Assert.That(group.AlarmConfiguration!.Alarms, Has.Count.EqualTo(3), "errors, throttles and duration must each stop a deployment");
        Assert.That(service.Alarms.Select(a => a.Args.MetricName), Is.EquivalentTo(new[] { "Errors", "Throttles", "Duration" }));
        Assert.That(service.Alarms.All(a => a.Args.Dimensions!["Resource"].Value == "2-1-bbws-test-dev:live"), "alarms must watch the alias, the traffic CodeDeploy shifts");
    }

    [Test]
    public void DurationAlarmFiresBeforeTheTimeout()
    {
        var service = Build(TestStacks.Empty(), a => a with { TimeoutSeconds = 10 });

        var duration = service.Alarms.Single(a => a.Args.MetricName == "Duration");

        Assert.That(duration.Args.Threshold, Is.EqualTo(8000), "p99 over 80% of a 10 s timeout is 8000 ms");
    }

    [Test]
    public void QueueInvokesTheAliasWithPartialBatchResponsesAndADeadLetterQueue()
    {
        var service = Build(TestStacks.Empty(), a => a with { Queue = new LambdaQueueSource { QueueName = "q-dev", DeadLetterQueueName = "q-dlq-dev", MaxReceiveCount = 3 } });

        var mapping = service.EventSourceMapping!.Args;
        Assert.That(mapping.FunctionName.Output!.Expression, Is.EqualTo(service.Alias.Arn.Expression), "the queue must invoke alias live, not $LATEST");
        Assert.That(mapping.FunctionResponseTypes, Is.EqualTo(new[] { "ReportBatchItemFailures" }));
        Assert.That(service.Queue!.Args.RedrivePolicy!.MaxReceiveCount, Is.EqualTo(3));
        Assert.That(service.Queue.Args.RedrivePolicy.DeadLetterTargetArn.Expression, Is.EqualTo(service.DeadLetterQueue!.Arn.Expression));
        Assert.That(service.Queue.Args.VisibilityTimeoutSeconds, Is.EqualTo(180), "six times the 30 s timeout");
        var actions = service.Policy.Args.Policy.Statements.SelectMany(s => s.Actions);
        Assert.That(actions, Is.SupersetOf(new[] { "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes" }));
    }

    [Test]
    public void EveryStatementTheServiceBuildsHasAReason()
    {
        var stack = TestStacks.Empty();
        _ = Build(stack, a => a with { Queue = new LambdaQueueSource { QueueName = "q-dev", DeadLetterQueueName = "q-dlq-dev" } });

        var statements = TestStacks.All<IamRolePolicy>(stack).SelectMany(p => p.Args.Policy.Statements)
            .Concat(TestStacks.All<IamRole>(stack).SelectMany(r => r.Args.AssumeRolePolicy.Statements));

        Assert.That(statements.Where(s => string.IsNullOrWhiteSpace(s.Reason)).Select(s => s.Sid), Is.Empty);
        Assert.That(TestStacks.All<IamRolePolicyAttachment>(stack).All(a => a.Args.Reason.Length > 0));
    }

    [TestCase(901, "TimeoutSeconds is 901")]
    [TestCase(0, "TimeoutSeconds is 0")]
    public void ThrowsWhenTheTimeoutIsOutsideLambdasLimits(int timeout, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { TimeoutSeconds = timeout }));

        Assert.That(e!.Message, Does.Contain(expected).And.Contain("1-900"));
    }

    [TestCase(64)]
    [TestCase(10241)]
    public void ThrowsWhenMemoryIsOutsideLambdasLimits(int memory)
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { MemoryMiB = memory }));

        Assert.That(e!.Message, Does.Contain($"MemoryMiB is {memory}").And.Contain("128-10240"));
    }

    [Test]
    public void ThrowsWhenTheFunctionNameIsTooLong()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { FunctionName = new string('a', 65) }));

        Assert.That(e!.Message, Does.Contain("FunctionName").And.Contain("1-64"));
    }

    [Test]
    public void ThrowsWhenTheSourceFolderDoesNotExist()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { Source = HandlerSource.In(Permissions.RepositoryFiles.Root, "infra/Handlers/no_such_handler") }));

        Assert.That(e!.Message, Does.Contain("infra/Handlers/no_such_handler").And.Contain("does not exist"));
    }

    [Test]
    public void ThrowsWhenTheDeploymentConfigIsNotALambdaConfig()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { DeploymentConfigName = "CodeDeployDefault.OneAtATime" }));

        Assert.That(e!.Message, Does.Contain("CodeDeployDefault.OneAtATime").And.Contain("bbws:deploymentConfig"));
    }

    [Test]
    public void TheDeadLetterQueueHasAnAlarmWiredToTheNotificationTopic()
    {
        var service = Build(TestStacks.Empty(), a => a with { Queue = new LambdaQueueSource { QueueName = "q-dev", DeadLetterQueueName = "q-dlq-dev" } });

        var alarm = service.DeadLetterAlarm!.Args;

        Assert.Multiple(() =>
        {
            Assert.That((alarm.Namespace, alarm.MetricName), Is.EqualTo(("AWS/SQS", "ApproximateNumberOfMessagesVisible")));
            Assert.That(alarm.Dimensions!["QueueName"].Value, Is.EqualTo("q-dlq-dev"), "the alarm must watch the dead-letter queue, not the source queue");
            Assert.That((alarm.ComparisonOperator, alarm.Threshold), Is.EqualTo(("GreaterThanThreshold", 0d)), "one message waiting is one failed order");
            Assert.That(alarm.AlarmActions!.Single().Output!.Expression, Is.EqualTo(service.Args.NotificationTopicArn!.Expression), "the alarm must reach the people on the notification topic");
            Assert.That(alarm.TreatMissingData, Is.EqualTo("ignore"), "SQS sends no metrics for an idle queue whose messages still wait: a gap must not clear the alarm");
        });
    }

    [Test]
    public void TheDeadLetterAlarmDoesNotStopDeployments()
    {
        var service = Build(TestStacks.Empty(), a => a with { Queue = new LambdaQueueSource { QueueName = "q-dev", DeadLetterQueueName = "q-dlq-dev" } });

        Assert.That(service.Alarms, Does.Not.Contain(service.DeadLetterAlarm), "a failed order waiting in the dead-letter queue must not roll back or block every later deployment");
        Assert.That(service.DeploymentGroup.Args.AlarmConfiguration!.Alarms, Has.Count.EqualTo(3));
    }

    [Test]
    public void WithoutAQueueThereIsNoDeadLetterAlarm() =>
        Assert.That(Build(TestStacks.Empty()).DeadLetterAlarm, Is.Null);

    [Test]
    public void FunctionSuppressionsApplyToTheFunctionOnly()
    {
        var accepted = new Suppression("LAMBDA-VPC", "calls only AWS APIs in this test");
        var service = Build(TestStacks.Empty(), a => a with { FunctionSuppressions = [accepted] });

        Assert.That(service.Function.Options.Suppressions, Is.EqualTo(new[] { accepted }));
        Assert.That(service.Role.EffectiveSuppressions.Concat(service.LogGroup.EffectiveSuppressions), Is.Empty, "the suppression must not reach the role or the log group, whose findings stay reported");
    }

    [Test]
    public void TheQueuePollerStopsAtTheMaximumConcurrencyWhenOneIsSet()
    {
        var limited = Build(TestStacks.Empty(), a => a with { Queue = new LambdaQueueSource { QueueName = "q-dev", DeadLetterQueueName = "q-dlq-dev", MaximumConcurrency = 5 } });
        var unlimited = Build(TestStacks.Empty(), a => a with { Queue = new LambdaQueueSource { QueueName = "q-dev", DeadLetterQueueName = "q-dlq-dev" } });

        Assert.That(limited.EventSourceMapping!.Args.ScalingConfig?.MaximumConcurrency, Is.EqualTo(5), "the event source must carry the queue's maximum concurrency");
        Assert.That(unlimited.EventSourceMapping!.Args.ScalingConfig, Is.Null, "without a maximum the poller scales freely: no scaling_config");
    }

    [TestCase(1)]
    [TestCase(1001)]
    public void ThrowsWhenTheQueuesMaximumConcurrencyIsOutsideSqsLimits(int maximum)
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { Queue = new LambdaQueueSource { QueueName = "q-dev", DeadLetterQueueName = "q-dlq-dev", MaximumConcurrency = maximum } }));

        Assert.That(e!.Message, Does.Contain($"MaximumConcurrency is {maximum}").And.Contain("2-1000"));
    }

    [Test]
    public void ThrowsWhenTheReservedConcurrencyIsNegative()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), a => a with { ReservedConcurrency = -1 }));

        Assert.That(e!.Message, Does.Contain("ReservedConcurrency is -1"));
    }

    [Test]
    public void TheThrottleAlarmNamesTheReservationWhenThereIsOne()
    {
        var reserved = Build(TestStacks.Empty(), a => a with { ReservedConcurrency = 20 });

        Assert.That(reserved.Function.Args.ReservedConcurrentExecutions, Is.EqualTo(20));
        Assert.That(Throttles(reserved).AlarmDescription, Does.Contain("all 20 of its reserved concurrency"));
    }

    [Test]
    public void TheThrottleAlarmOfAFunctionWithoutAReservationNamesTheAccountsQuota()
    {
        var shared = Build(TestStacks.Empty());

        Assert.That(shared.Function.Args.ReservedConcurrentExecutions, Is.Null);
        Assert.That(Throttles(shared).AlarmDescription, Does.Contain("reserves no concurrency").And.Contain("quota").And.Not.Contain("raise its reserved concurrency"), "a function without a reservation has none to raise");
    }

    [Test]
    public void LogGroupSuppressionsApplyToTheLogGroupOnly()
    {
        var accepted = new Suppression("LOG-RETENTION-YEAR", "short retention in this test");
        var service = Build(TestStacks.Empty(), a => a with { LogGroupSuppressions = [accepted] });

        Assert.That(service.LogGroup.Options.Suppressions, Is.EqualTo(new[] { accepted }));
        Assert.That(service.Function.EffectiveSuppressions, Is.Empty, "the log group's suppression must not reach the function");
    }

    private static CloudWatchMetricAlarmArgs Throttles(LambdaService service) => service.Alarms.Single(a => a.Args.MetricName == "Throttles").Args;

    [Test]
    public void AnUnnamedServiceTakesItsFunctionNameAndPackageFromItsOwnNameAndItsStack()
    {
        var service = new LambdaService("invoice-sender", new LambdaServiceArgs { LogRetentionDays = 14 }, TestStacks.In(TestStacks.Empty("sit").Main));

        Assert.Multiple(() =>
        {
            Assert.That(service.Function.Args.FunctionName, Is.EqualTo("2-1-bbws-invoice-sender-sit"), "the function is named after the service with the stack's prefix and name");
            Assert.That(service.Args.FunctionName, Is.EqualTo("2-1-bbws-invoice-sender-sit"), "rules read the name from the args: they must hold the name used");
            Assert.That(service.PackagePath.Value, Is.EqualTo(".build/lambda/invoice-sender.zip"), "the package is where the build writes the service's zip");
            Assert.That(service.Function.Args.Handler, Is.EqualTo("handler.lambda_handler"));
        });
    }

    [Test]
    public void ADerivedFunctionNameOverLambdasLimitIsRefusedNamingTheArgument()
    {
        var e = Assert.Throws<ArgumentException>(() => new LambdaService("an-order-processor-whose-name-runs-far-beyond-what-lambda-accepts", new LambdaServiceArgs { LogRetentionDays = 14 }, TestStacks.In(TestStacks.Empty().Main)));

        Assert.That(e!.Message, Does.Contain("FunctionName"), "the message must name the argument to set");
    }

    internal static LambdaService Build(Stack stack, Func<LambdaServiceArgs, LambdaServiceArgs>? change = null, string name = "test")
    {
        var args = new LambdaServiceArgs
        {
            FunctionName = $"2-1-bbws-{name}-{stack.Name}",
            Handler = "handler.lambda_handler",
            PackagePath = new RepositoryPath($".build/lambda/{name}.zip"),
            LogRetentionDays = 14,
            KmsKeyArn = Output.Create("arn:aws:kms:eu-west-1:536580886816:key/test"),
            NotificationTopicArn = Output.Create("arn:aws:sns:eu-west-1:536580886816:test"),
        };
        return new LambdaService(name, change is null ? args : change(args), TestStacks.In(stack.Main));
    }
}
