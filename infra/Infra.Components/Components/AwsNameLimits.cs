using System.Text.RegularExpressions;

namespace Infra.Components;

/// <summary>
/// AWS's limits on physical names, checked when a component is built so that a bad name fails synth with the
/// argument, the value and the limit, instead of failing an apply halfway.
/// </summary>
public static partial class AwsNameLimits
{
    /// <summary>
    /// An S3 general purpose bucket name: 3-63 characters, lower-case letters, digits, dots and hyphens, starting and
    /// ending with a letter or digit, and none of the forms S3 reserves (adjacent periods, an IP address, reserved
    /// prefixes and suffixes).
    /// </summary>
    public static string S3Bucket(string argument, string value)
    {
        Check(argument, value, 3, 63, BucketPattern(), "an S3 bucket name (lower-case letters, digits, '.' and '-', starting and ending with a letter or digit)");
        var reserved = value.Contains("..", StringComparison.Ordinal) ? "two adjacent periods"
            : IpAddressPattern().IsMatch(value) ? "an IP address"
            : ReservedBucketPrefixes.FirstOrDefault(p => value.StartsWith(p, StringComparison.Ordinal)) is { } prefix ? $"the prefix {prefix}"
            : ReservedBucketSuffixes.FirstOrDefault(s => value.EndsWith(s, StringComparison.Ordinal)) is { } suffix ? $"the suffix {suffix}"
            : null;
        return reserved is null
            ? value
            : throw new ArgumentException($"{argument} is '{value}', but S3 bucket names may not hold {reserved}: change the name (the component's name or the stack's name prefix).", argument);
    }

    /// <summary>An IAM role name: 1-64 characters of letters, digits and <c>+=,.@_-</c>.</summary>
    public static string IamRole(string argument, string value) =>
        Check(argument, value, 1, 64, IamPattern(), "an IAM role name (letters, digits and +=,.@_-)");

    /// <summary>An IAM policy name: 1-128 characters of letters, digits and <c>+=,.@_-</c>.</summary>
    public static string IamPolicy(string argument, string value) =>
        Check(argument, value, 1, 128, IamPattern(), "an IAM policy name (letters, digits and +=,.@_-)");

    /// <summary>A Lambda function name: 1-64 characters of letters, digits, hyphens and underscores.</summary>
    public static string LambdaFunction(string argument, string value) =>
        Check(argument, value, 1, 64, LambdaPattern(), "a Lambda function name (letters, digits, '-' and '_')");

    /// <summary>A DynamoDB table name: 3-255 characters of letters, digits, <c>_.-</c>.</summary>
    public static string DynamoDbTable(string argument, string value) =>
        Check(argument, value, 3, 255, DynamoPattern(), "a DynamoDB table name (letters, digits, '_', '.' and '-')");

    /// <summary>A KMS alias: <c>alias/</c> then 1-250 characters of letters, digits, <c>/_-</c>.</summary>
    public static string KmsAlias(string argument, string value) =>
        Check(argument, value, 7, 256, KmsAliasPattern(), "a KMS alias ('alias/' followed by letters, digits, '/', '_' and '-', not 'alias/aws/')");

    /// <summary>An SQS queue name: 1-80 characters of letters, digits, hyphens and underscores.</summary>
    public static string SqsQueue(string argument, string value) =>
        Check(argument, value, 1, 80, LambdaPattern(), "an SQS queue name (letters, digits, '-' and '_')");

    /// <summary>An SNS topic name: 1-256 characters of letters, digits, hyphens and underscores.</summary>
    public static string SnsTopic(string argument, string value) =>
        Check(argument, value, 1, 256, LambdaPattern(), "an SNS topic name (letters, digits, '-' and '_')");

    /// <summary>A CloudWatch alarm, CodeDeploy or API Gateway name: 1-255 printable characters.</summary>
    public static string Generic(string argument, string value, int maxLength = 255) =>
        Check(argument, value, 1, maxLength, GenericPattern(), "a name of printable characters");

    private static string Check(string argument, string value, int min, int max, Regex pattern, string what)
    {
        if (value.Length < min || value.Length > max)
        {
            throw new ArgumentException(
                $"{argument} is '{value}' ({value.Length} characters), but {what} must be {min}-{max} characters: shorten the name (the component's name or the stack's name prefix).",
                argument);
        }

        if (!pattern.IsMatch(value))
        {
            throw new ArgumentException($"{argument} is '{value}', which is not {what}: change the name to match.", argument);
        }

        return value;
    }

    // S3's general purpose bucket naming rules: prefixes and suffixes reserved for its own names (access point
    // aliases, Multi-Region Access Points, directory and table buckets).
    private static readonly string[] ReservedBucketPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"];

    private static readonly string[] ReservedBucketSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

    [GeneratedRegex(@"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$")]
    private static partial Regex IpAddressPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*[a-z0-9]$")]
    private static partial Regex BucketPattern();

    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex IamPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex LambdaPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex DynamoPattern();

    [GeneratedRegex("^alias/(?!aws/)[A-Za-z0-9/_-]+$")]
    private static partial Regex KmsAliasPattern();

    [GeneratedRegex(@"^[\x20-\x7E]+$")]
    private static partial Regex GenericPattern();
}
