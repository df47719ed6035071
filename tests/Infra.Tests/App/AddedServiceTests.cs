using System.Text.RegularExpressions;
using Infra.App;
using Infra.Components;
using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Deploy.Engines;
using Infra.Deploy.GitHub;
using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Tests.Deploy;
using Infra.Tests.Permissions;
using Infra.Workflows.Targets;
using Moq;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.App;

/// <summary>
/// A service added to the platform in one place, one declaration, and nothing else edited: the build packages it, the
/// stack exports it, the deploy shifts it and smoke-tests it, the rollback moves it back, and the deploy role may do
/// each of those calls.
/// </summary>
public class AddedServiceTests
{
    private const string Function = "2-1-bbws-invoice-sender-dev";

    [Test]
    public void AServiceDeclaredInOnePlaceIsPackagedWithItsSourceAndHandler()
    {
        var packages = DeploymentTarget.From(WithInvoiceSender()).Packages;

        var package = packages.SingleOrDefault(p => p.Service == "invoice-sender");
        Assert.That(package, Is.Not.Null, $"the build must package every service of the main root; it packages {string.Join(", ", packages.Select(p => p.Service))}");
        Assert.That(package!.PackagePath.Value, Is.EqualTo(".build/lambda/invoice-sender.zip"), "the package follows from the service's name");
    }

    [Test]
    public async Task AServiceDeclaredInOnePlaceIsShiftedAndSmokeTestedByTheDeploy()
    {
        var harness = new DeployHarness();
        foreach (var (name, value) in EngineOutputs(WithInvoiceSender()))
        {
            harness.Outputs[name] = value;
        }

        StackOutputs? smoked = null;
        harness.Smoke.Setup(s => s.RunAsync(It.IsAny<StackOutputs>(), It.IsAny<CancellationToken>())).Callback((StackOutputs o, CancellationToken _) => smoked = o).ReturnsAsync([]);

        await harness.RunAsync(apply: true);

        Assert.That(harness.AppSpecs, Has.One.Contains(Function), "the deploy must shift the alias of the added service through CodeDeploy");
        Assert.That(smoked?.SmokeChecks.Select(c => c.FunctionName), Has.Member(Function), "the deploy must run the added service's smoke check");
    }

    [Test]
    public async Task AServiceDeclaredInOnePlaceIsMovedBackByTheRollback()
    {
        var outputs = EngineOutputs(WithInvoiceSender());
        var engine = new Mock<IDeployEngine>();
        engine.Setup(e => e.Outputs(It.IsAny<CancellationToken>())).Returns(outputs);
        var identity = new Mock<IAccountIdentity>();
        identity.Setup(i => i.GetCallerIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CallerIdentity("536580886816", "arn:aws:sts::536580886816:assumed-role/deploy/ci", "AROA:ci"));
        var lambda = new Mock<ILambdaAliases>();
        lambda.Setup(l => l.GetAliasVersionAsync(It.IsAny<string>(), "live", It.IsAny<CancellationToken>())).ReturnsAsync("7");
        lambda.Setup(l => l.ListVersionsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(["5", "7"]);
        var records = new Mock<IDeploymentRecords>();
        records.Setup(r => r.ListAsync("dev", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new DeploymentRecord(2, "dev", "c2", "a2", DateTimeOffset.UnixEpoch, "success", new Dictionary<string, string> { [Function] = "7" }),
            new DeploymentRecord(1, "dev", "c1", "a1", DateTimeOffset.UnixEpoch, "success", new Dictionary<string, string> { [Function] = "6" }),
        ]);
        var codeDeploy = new Mock<ICodeDeploy>();
        codeDeploy.Setup(c => c.ActiveDeploymentsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var driver = new RollbackDriver(new RollbackServices(new AccountVerifier(identity.Object), engine.Object, lambda.Object, codeDeploy.Object, new Mock<IAlarmStates>().Object, records.Object, new Mock<INotifier>().Object, TextWriter.Null));

        var outcome = await driver.RunAsync(new RollbackRequest(new StackTarget("bbws", "dev", "536580886816", "eu-west-1"), DeployHarness.Commit, null, false), CancellationToken.None);

        Assert.That(outcome.Steps.Where(s => s.Service.FunctionName == Function).Select(s => s.TargetVersion), Is.EqualTo(new[] { "6" }), "the rollback must move the added service back to its previous recorded version");
    }

    [Test]
    public void TheDeployRoleIsAskedToShiftRollBackAndInvokeTheAddedService()
    {
        var calls = DriverCalls.Of(WithInvoiceSender(), new TestResourceArns());

        var arn = $"arn:aws:lambda:eu-west-1:536580886816:function:{Function}";
        Assert.That(calls.Select(c => $"{c.Action} {c.Resource}"), Is.SupersetOf(new[] { $"lambda:UpdateAlias {arn}", $"lambda:InvokeFunction {arn}:live" }),
            "IAM-COVERAGE judges the deploy role on every service the stack exports, the added one included");
    }

    // The one place: the platform with one more service, declared as the platform declares its own.
    private static Stack WithInvoiceSender()
    {
        var app = new PlatformProgram
        {
            AddServices = platform => _ = new LambdaService("invoice-sender", platform.Services with
            {
                Source = platform.Handlers("product_api"),
                Environment = platform.Environment(new() { ["PRODUCTS_TABLE_NAME"] = "2-1-bbws-products-dev" }),
                Statements = [new PolicyStatement { Sid = "ReadProducts", Actions = ["dynamodb:GetItem"], Resources = ["arn:aws:dynamodb:eu-west-1:536580886816:table/2-1-bbws-products-dev"], Reason = "The invoice sender reads each invoiced product's price." }],
                Queue = new LambdaQueueSource { QueueName = platform.Naming.For("invoices"), DeadLetterQueueName = platform.Naming.For("invoices-dlq") },
                SmokeChecks = [SmokeCheck.Invoke()],
            }, platform.InMain),
        };
        return app.Build(ProjectConfig.Load(RepositoryFiles.Root).Stack("dev"), RepositoryFiles.Root);
    }

    // Stands in for the engine after an apply: the generated main root's outputs, each reference to an argument the
    // root sets (a function's name) read as that argument, a version as version 8 (newer than the harness's live 6), and
    // any other reference (known only after apply) as its own text.
    private static Dictionary<string, JToken?> EngineOutputs(Stack stack)
    {
        var root = JObject.Parse(new TerraformJsonEmitter().Emit(stack.Main).Content);
        string Resolve(System.Text.RegularExpressions.Match reference)
        {
            var parts = reference.Groups[1].Value.Split('.');
            return parts is [var type, var name, var attribute] && root["resource"]?[type]?[name]?[attribute] is JValue { Type: JTokenType.String } set ? (string)set!
                : parts[^1] == "version" ? "8"
                : reference.Groups[1].Value;
        }

        return ((JObject)root["output"]!).Properties().ToDictionary(
            o => o.Name,
            o => (JToken?)new JValue(Regex.Replace(o.Value["value"]!.ToString(), @"\$\{([^}]*)\}", Resolve)));
    }
}
