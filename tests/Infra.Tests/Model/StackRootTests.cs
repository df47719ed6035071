using Infra.Model;
using Infra.Resources.Aws;
using Infra.Tests.Components;

namespace Infra.Tests.Model;

public class StackRootTests
{
    [Test]
    public void ResourcesOfATypeComeInCreationOrderAcrossBothRoots()
    {
        var stack = TestStacks.Empty();
        var first = new S3Bucket("first", new S3BucketArgs { Bucket = "first" }, TestStacks.In(stack.Main));
        _ = new SqsQueue("between", new SqsQueueArgs { Name = "between" }, TestStacks.In(stack.Main));
        var second = new S3Bucket("second", new S3BucketArgs { Bucket = "second" }, TestStacks.In(stack.Main));
        var bootstrap = new S3Bucket("state", new S3BucketArgs { Bucket = "state" }, TestStacks.In(stack.Bootstrap));

        Assert.Multiple(() =>
        {
            Assert.That(stack.Main.ResourcesOf<S3Bucket>(), Is.EqualTo(new[] { first, second }), "a root's buckets, in the order they were created");
            Assert.That(stack.ResourcesOf<S3Bucket>(), Is.EqualTo(new[] { bootstrap, first, second }), "the stack's buckets: bootstrap's first, then main's");
        });
    }

    [Test]
    public void AResourceRegisteredAfterAQueryIsInTheNextAnswer()
    {
        var stack = TestStacks.Empty();
        var first = new S3Bucket("first", new S3BucketArgs { Bucket = "first" }, TestStacks.In(stack.Main));
        Assume.That(stack.Main.ResourcesOf<S3Bucket>(), Has.Count.EqualTo(1));
        Assume.That(stack.Main.CustomResources, Has.Count.EqualTo(1));

        var later = new S3Bucket("later", new S3BucketArgs { Bucket = "later" }, TestStacks.In(stack.Main));

        Assert.Multiple(() =>
        {
            Assert.That(stack.Main.ResourcesOf<S3Bucket>(), Is.EqualTo(new[] { first, later }), "an answer kept from before must not hide a resource created since");
            Assert.That(stack.Main.CustomResources, Is.EqualTo(new[] { first, later }), "nor may the kept list of provider resources");
        });
    }

    [Test]
    public void ResourcesOfABaseTypeOrInterfaceIncludeEverySubtype()
    {
        var stack = TestStacks.Empty();
        var bucket = new S3Bucket("bucket", new S3BucketArgs { Bucket = "bucket" }, TestStacks.In(stack.Main));
        var queue = new SqsQueue("queue", new SqsQueueArgs { Name = "queue" }, TestStacks.In(stack.Main));

        Assert.Multiple(() =>
        {
            Assert.That(stack.Main.ResourcesOf<CustomResource>(), Is.EqualTo(new CustomResource[] { bucket, queue }), "a base type matches every resource type derived from it");
            Assert.That(stack.Main.ResourcesOf<Resource>(), Does.Contain(bucket).And.Contain(queue), "and so does the root type");
        });
    }
}
