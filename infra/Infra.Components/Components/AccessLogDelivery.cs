namespace Infra.Components;

/// <summary>
/// What makes a <see cref="SecureBucket"/> the target of S3 server access logs: the buckets whose logs S3 may deliver
/// into it, all of one account. S3 writes the logs as the service principal <c>logging.s3.amazonaws.com</c>; the bucket
/// policy admits it for exactly these source buckets and this account (<c>aws:SourceArn</c>, <c>aws:SourceAccount</c>).
/// </summary>
/// <param name="SourceAccount">The account that owns the source buckets (S3 requires the target in the same account).</param>
/// <param name="SourceBuckets">The names of the buckets whose access logs are delivered here.</param>
public sealed record AccessLogDelivery(string SourceAccount, IReadOnlyList<string> SourceBuckets);
