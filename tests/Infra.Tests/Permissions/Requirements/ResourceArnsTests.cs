using Infra.Model;
using Infra.Permissions;
using Infra.Tests.Testing;

namespace Infra.Tests.Permissions;

public class ResourceArnsTests
{
    private static readonly Lazy<IamCatalog> Catalog = new(() => IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)));
    private TempFolder folder = null!;
    private Stack dev = null!;
    private ResourceArns arns = null!;

    [OneTimeSetUp]
    public void BuildDev()
    {
        folder = new TempFolder();
        dev = StackHarness.Build(RepositoryFiles.Root, "dev");
        arns = new ResourceArns(TestTables.Load(folder, Catalog.Value), dev);
    }

    [OneTimeTearDown]
    public void RemoveFolder() => folder.Dispose();

    [Test]
    public void ALambdaFunctionsArnIsBuiltFromItsName()
    {
        Assert.That(arns.Arn(Resource("aws_lambda_function.order_processor_function")), Is.EqualTo("arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-order-processor-dev"));
    }

    [Test]
    public void AnAliasArnResolvesTheFunctionNameItReferences()
    {
        Assert.That(arns.Arn(Resource("aws_lambda_alias.order_processor_alias")), Is.EqualTo("arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-order-processor-dev:live"));
    }

    [Test]
    public void AnApiIdKnownOnlyAfterApplyIsAToken()
    {
        Assert.That(arns.Arn(Resource("aws_api_gateway_rest_api.product_rest_api")), Is.EqualTo("arn:aws:apigateway:eu-west-1::/restapis/${aws_api_gateway_rest_api.product_rest_api.id}"));
    }

    [Test]
    public void AReferenceToARolesArnIsResolvedThroughTheRolesPathAndName()
    {
        var account = Resource("aws_api_gateway_account.apigateway_account_settings");
        var reference = (AttributeReference)((ExpressionValue)account.ReadProperties()["cloudwatch_role_arn"]!).Expression;

        Assert.That(arns.Value(reference), Is.EqualTo("arn:aws:iam::536580886816:role/bbws/workload/2-1-bbws-apigateway-cloudwatch-dev"));
    }

    [Test]
    public void AnAttributeTheTableDerivesIsRendered()
    {
        var alias = Resource("aws_lambda_alias.product_api_alias");

        Assert.That(arns.Value(new AttributeReference(alias, "invoke_arn", "invokeArn")), Is.EqualTo("arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev:live/invocations"));
    }

    [Test]
    public void ALiteralArgumentIsItsOwnValueAndAnUnknownAttributeIsAToken()
    {
        var function = Resource("aws_lambda_function.order_processor_function");

        Assert.That(arns.Value(new AttributeReference(function, "handler", "handler")), Is.EqualTo("handler.lambda_handler"), "a literal argument is known at synth");
        Assert.That(arns.Value(new AttributeReference(function, "version", "version")), Is.EqualTo("${aws_lambda_function.order_processor_function.version}"), "the published version is known only after apply");
    }

    private CustomResource Resource(string address) => dev.Main.CustomResources.Single(r => r.TerraformAddress == address);
}
