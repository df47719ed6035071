using System.Text.RegularExpressions;
using Infra.Components;
using Infra.Deploy;
using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Permissions;
using Infra.Tests.Permissions;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Components;

public class ServiceOutputsTests
{
    private static readonly TestResourceArns Arns = new();

    [Test]
    public void AThirdServiceIsExportedShiftedRolledBackAndSmokeTestedWithNoOtherEdit()
    {
        var stack = ThreeServices();

        var outputs = EngineOutputs(stack);

        Assert.That(outputs.LambdaServices.Select(s => s.FunctionName), Is.EqualTo(new[]
        {
            "aws_lambda_function.order_processor_function.function_name",
            "aws_lambda_function.product_api_function.function_name",
            "aws_lambda_function.invoice_sender_function.function_name",
        }), "lambda_services (what the deploy shifts and the rollback moves back) must list every service of the root, in creation order");
        Assert.That(outputs.LambdaServices.Last().AlarmNames, Has.Count.EqualTo(3), "the third service's alarms must stop and roll back its deployments");
        Assert.That(outputs.SmokeChecks.Select(c => $"{c.Kind} {c.FunctionName ?? c.Url}"), Is.EqualTo(new[]
        {
            "invoke aws_lambda_function.order_processor_function.function_name",
            "http_get aws_api_gateway_stage.rest_stage.invoke_url/products",
            "invoke aws_lambda_function.product_api_function.function_name",
            "invoke aws_lambda_function.invoice_sender_function.function_name",
        }), "smoke_checks must hold every check the services declare, in order, the GET on the API that fronts its service");
        Assert.That(outputs.SmokeChecks.Select(c => c.ProvesEmail), Is.EqualTo(new[] { true, false, false, false }), "only the check that declares it must prove an e-mail");
    }

    [Test]
    public void TheDeployRoleMayShiftRollBackAndInvokeTheThirdService()
    {
        var calls = DriverCalls.Of(ThreeServices(), Arns);

        const string invoiceSender = "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-invoice-sender-dev";
        Assert.That(calls.Where(c => c.Resource.StartsWith(invoiceSender, StringComparison.Ordinal)).Select(c => $"{c.Action} {c.Resource}"), Is.SupersetOf(new[]
        {
            $"lambda:UpdateAlias {invoiceSender}",
            $"lambda:ListVersionsByFunction {invoiceSender}",
            $"lambda:InvokeFunction {invoiceSender}:live",
        }), "the deploy role's declared calls must follow the exported services, a new one included");
    }

    [Test]
    public void ASmokeGetOnAServiceNoApiFrontsIsRefusedNamingTheServiceAndTheFix()
    {
        var stack = TestStacks.Empty();
        _ = LambdaServiceTests.Build(stack, a => a with { SmokeChecks = [SmokeCheck.Get("orders")] }, "order-processor");

        var error = Assert.Throws<ArgumentException>(() => ServiceOutputs.Export(stack.Main));

        Assert.That(error!.Message, Does.Contain("'order-processor'").And.Contain("GET orders").And.Contain("SmokeCheck.Invoke()"), "the message must name the service, the check and the fix");
    }

    [Test]
    public void ASmokeGetOfARouteTheApiLacksIsRefused()
    {
        var stack = TestStacks.Empty();
        var service = LambdaServiceTests.Build(stack, a => a with { SmokeChecks = [SmokeCheck.Get("health")] }, "product-api");
        _ = Api(stack, service);

        var error = Assert.Throws<ArgumentException>(() => ServiceOutputs.Export(stack.Main));

        Assert.That(error!.Message, Does.Contain("no route GET health"), "a check of a path the API does not serve would fail every deploy: refuse it at synth");
    }

    // The app's two services and one more, declared as an app would declare it: nothing else names it.
    private static Stack ThreeServices()
    {
        var stack = TestStacks.Empty();
        _ = LambdaServiceTests.Build(stack, a => a with { SmokeChecks = [SmokeCheck.Invoke(provesEmail: true)] }, "order-processor");
        var productApi = LambdaServiceTests.Build(stack, a => a with { SmokeChecks = [SmokeCheck.Get("products"), SmokeCheck.Invoke()] }, "product-api");
        _ = Api(stack, productApi);
        _ = LambdaServiceTests.Build(stack, a => a with
        {
            Queue = new LambdaQueueSource { QueueName = "2-1-bbws-invoices-dev", DeadLetterQueueName = "2-1-bbws-invoices-dlq-dev" },
            SmokeChecks = [SmokeCheck.Invoke()],
        }, "invoice-sender");
        ServiceOutputs.Export(stack.Main);
        return stack;
    }

    private static LambdaRestApi Api(Stack stack, LambdaService service) => new("rest", new LambdaRestApiArgs
    {
        ApiName = "2-1-bbws-product-api-dev",
        Service = service,
        Routes = [new ApiRoute("GET", "products", "NONE")],
        StageName = stack.Name,
        Account = new ApiGatewayCloudWatchAccount("apigw", "2-1-bbws-apigateway-cloudwatch-dev", TestStacks.In(stack.Main)),
        LogRetentionDays = 14,
    }, TestStacks.In(stack.Main));

    // Stands in for the engine: the generated root's outputs, each interpolation read as its own text.
    private static StackOutputs EngineOutputs(Stack stack)
    {
        var root = JObject.Parse(new TerraformJsonEmitter().Emit(stack.Main).Content);
        var values = ((JObject)root["output"]!).Properties().ToDictionary(
            o => o.Name,
            o => (JToken?)new JValue(Regex.Replace(o.Value["value"]!.ToString(), @"\$\{([^}]*)\}", "$1")));
        return new StackOutputs(stack.Name, values);
    }
}
