using Infra.Plans;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class PlanJsonTests
{
    [Test]
    public void OnlyTheJsonBooleanTrueIsASetFlag()
    {
        Assert.That(PlanJson.IsTrue(new JValue(true)), Is.True, "a JSON true is a set flag");
        Assert.That(PlanJson.IsTrue(new JValue(false)), Is.False, "a JSON false is not a set flag");
        Assert.That(PlanJson.IsTrue(new JValue("true")), Is.False, "the string \"true\" is not a JSON boolean");
        Assert.That(PlanJson.IsTrue(JValue.CreateNull()), Is.False, "a JSON null is not a set flag");
        Assert.That(PlanJson.IsTrue(null), Is.False, "a missing value is not a set flag");
        Assert.That(PlanJson.IsTrue(new JObject { ["a"] = true }), Is.False, "an object of flags is not itself a set flag");
    }
}
