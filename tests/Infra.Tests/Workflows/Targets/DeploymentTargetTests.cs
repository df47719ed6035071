using Infra.Tests.Testing;
using Infra.Workflows.Targets;

namespace Infra.Tests.Workflows.Targets;

public class DeploymentTargetTests
{
    [Test]
    public void ReadsTheReadOnlyRolesFromTheStacksBootstrap()
    {
        var dev = DeploymentTarget.From(StackHarness.Build("dev"));
        var prod = DeploymentTarget.From(StackHarness.Build("prod"));

        Assert.That(prod.PlanRoleArn, Is.Null, "only dev has the pull-request plan role");
        Assert.That(dev.PlanRoleArn, Is.EqualTo("arn:aws:iam::536580886816:role/2-1-bbws-github-plan-dev"));
        Assert.That(prod.DriftRoleArn, Is.EqualTo("arn:aws:iam::093646564004:role/2-1-bbws-github-drift-prod"));
        Assert.That(prod.ChangeTicketPattern, Is.Not.Null.And.Not.Empty, "promote-prod needs the pattern from Pulumi.prod.yaml");
    }

    [Test]
    public void ListsTheLambdaPackagesWithTheirRuntimeImage()
    {
        var dev = DeploymentTarget.From(StackHarness.Build("dev"));

        Assert.That(dev.Packages.Select(p => p.Service), Is.EqualTo(new[] { "order-processor", "product-api" }));
        Assert.That(dev.Packages.Select(p => p.Image), Is.All.EqualTo("public.ecr.aws/lambda/python:3.12"), "packages are built in the image of the runtime they run on");
        Assert.That(dev.Packages.Select(p => p.PackagePath.Value), Is.EqualTo(new[] { ".build/lambda/order-processor.zip", ".build/lambda/product-api.zip" }));
    }
}
