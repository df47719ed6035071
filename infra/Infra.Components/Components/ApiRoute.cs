using Infra.Model;

namespace Infra.Components;

/// <summary>One route of a <see cref="LambdaRestApi"/>.</summary>
/// <param name="Method">The HTTP method, e.g. <c>GET</c>.</param>
/// <param name="Path">The path without a leading slash, e.g. <c>products/{id}</c>.</param>
/// <param name="Authorization"><c>NONE</c> (public) or <c>AWS_IAM</c> (SigV4-signed callers only).</param>
public sealed record ApiRoute(string Method, string Path, string Authorization = "AWS_IAM")
{
    /// <summary>Rule findings accepted on this route's method, each with its reason (a public route suppresses APIGW-AUTH). Default: none.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];
}
