using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="LambdaRestApi"/>.</summary>
public sealed record LambdaRestApiArgs
{
    /// <summary>The API's physical name, e.g. <c>2-1-bbws-product-api-dev</c>.</summary>
    public required string ApiName { get; init; }

    /// <summary>The service every route invokes, through its alias <c>live</c>.</summary>
    public required LambdaService Service { get; init; }

    /// <summary>The routes; at least one.</summary>
    public required IReadOnlyList<ApiRoute> Routes { get; init; }

    /// <summary>The stage, named after the stack (<c>dev</c>, <c>sit</c>, <c>prod</c>).</summary>
    public required string StageName { get; init; }

    /// <summary>The account-level CloudWatch role setting; the stage logs, so it depends on it (rule APIGW-ACCOUNT).</summary>
    public required ApiGatewayCloudWatchAccount Account { get; init; }

    /// <summary>Days the access log group keeps events.</summary>
    public required int LogRetentionDays { get; init; }

    /// <summary>The stack's key for the access log group; default: CloudWatch's own encryption.</summary>
    public Output<string>? KmsKeyArn { get; init; }

    /// <summary>Steady requests per second per method. Default 50.</summary>
    public double ThrottlingRateLimit { get; init; } = 50;

    /// <summary>Burst of requests per method. Default 100.</summary>
    public int ThrottlingBurstLimit { get; init; } = 100;

    /// <summary>Protect the access log group from deletion. Default false; true in prod.</summary>
    public bool Protect { get; init; }

    /// <summary>Rule findings accepted on the access and execution log groups (e.g. LOG-RETENTION-YEAR in dev), each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> LogGroupSuppressions { get; init; } = [];

    /// <summary>Rule findings accepted on the stage itself (e.g. APIGW-CACHE, APIGW-CLIENT-CERT), each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> StageSuppressions { get; init; } = [];

    /// <summary>Rule findings accepted on the stage's method settings (e.g. APIGW-CACHE), each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> MethodSettingsSuppressions { get; init; } = [];
}
