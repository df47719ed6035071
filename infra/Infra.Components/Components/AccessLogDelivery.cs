namespace Infra.Components;

/// <summary>
/// What makes a <see cref="SecureBucket"/> the target of S3 server access logs: the buckets whose logs S3 may deliver
/// into it. S3 writes the logs as the service principal <c>logging.s3.amazonaws.com</c>; the bucket policy admits it for
/// exactly these source buckets of the stack's own account (<c>aws:SourceArn</c>, <c>aws:SourceAccount</c>): S3 requires
/// the target in the same account as its sources, so the bucket reads the account from its stack.
/// </summary>
/// <param name="SourceBuckets">The names of the buckets whose access logs are delivered here.</param>
public sealed record AccessLogDelivery(IReadOnlyList<string> SourceBuckets);
