using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Tests.Deploy.Support;

/// <summary>
/// A stack's generated artifact bucket lifecycle, applied to <see cref="FakeS3"/> as S3 applies it to current objects:
/// an object expires when an enabled rule whose filter matches its tags (no tag: every object; a tag: that exact value)
/// expires objects of its age. S3 counts the age from when the object was stored, not from when it was tagged.
/// </summary>
internal static class ArtifactLifecycle
{
    /// <summary>Removes from <paramref name="bucket"/> every object <paramref name="stack"/>'s lifecycle expires at <paramref name="ageInDays"/>; returns their keys.</summary>
    public static IReadOnlyList<string> Expire(FakeS3 s3, Stack stack, string bucket, int ageInDays)
    {
        var lifecycle = stack.Bootstrap.Resources.OfType<S3BucketLifecycleConfiguration>().Single(r => r.Name == "artifacts-lifecycle");
        var expired = new List<string>();
        foreach (var (name, stored) in s3.Objects.Where(o => o.Key.StartsWith(bucket + "/", StringComparison.Ordinal)).ToList())
        {
            var expires = lifecycle.Args.Rules
                .Where(r => r.Status == "Enabled" && Matches(r.Filter, stored.Tags))
                .Any(r => r.Expiration?.Any(e => e.Days is { } days && ageInDays >= days) == true);
            var key = name[(bucket.Length + 1)..];
            if (expires && s3.Remove(bucket, key))
            {
                expired.Add(key);
            }
        }

        return [.. expired.Order(StringComparer.Ordinal)];
    }

    private static bool Matches(IReadOnlyList<S3LifecycleFilter>? filters, IReadOnlyDictionary<string, string> tags)
    {
        var filter = filters?.SingleOrDefault();
        if (filter?.Tag is not { Count: > 0 } required)
        {
            if (filter?.And is { Count: > 0 })
            {
                throw new InvalidOperationException("this simulation reads only empty and single-tag lifecycle filters; teach it the And filter");
            }

            return true;
        }

        return required.All(t => tags.TryGetValue(t.Key.ToString()!, out var value) && value == t.Value.ToString());
    }
}
