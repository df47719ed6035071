using Infra.Deploy;

namespace Infra.Tests.Deploy;

public class ReadOnlyPlanTests
{
    [TestCase("""{"resource_changes":[{"change":{"actions":["no-op"]}},{"change":{"actions":["read"]}}]}""", false)]
    [TestCase("""{"resource_changes":[{"change":{"actions":["delete","create"]}}]}""", true)]
    [TestCase("""{"resource_changes":[],"output_changes":{"url":{"actions":["update"]}}}""", true)]
    [TestCase("""{"changeSummary":{"same":12}}""", false)]
    [TestCase("""{"changeSummary":{"same":12,"update":1}}""", true)]
    public void HasChangesReadsTerraformAndPulumiPlans(string json, bool expected)
    {
        Assert.That(ReadOnlyPlan.HasChanges(json), Is.EqualTo(expected), $"wrong change detection for {json}");
    }
}
