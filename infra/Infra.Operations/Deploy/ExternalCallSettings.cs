using System.Globalization;

namespace Infra.Deploy;

/// <summary>
/// How long one AWS or GitHub request may wait for its answer, and how often the calls made without an AWS SDK
/// are attempted. The SDK's own variable <c>AWS_MAX_ATTEMPTS</c> is honoured, so one setting governs both kinds.
/// </summary>
/// <param name="MaxAttempts">Attempts of a call that is safe to retry, the first included.</param>
/// <param name="AttemptTimeout">How long one attempt may wait for its answer.</param>
/// <param name="BaseDelay">The median first backoff; each further one doubles, with jitter.</param>
/// <param name="MaxDelay">The longest single backoff.</param>
public sealed record ExternalCallSettings(int MaxAttempts, TimeSpan AttemptTimeout, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <summary>The variable giving the per-attempt timeout in seconds.</summary>
    public const string TimeoutVariable = "INFRA_HTTP_TIMEOUT_SECONDS";

    /// <summary>The AWS SDKs' variable for the number of attempts.</summary>
    public const string MaxAttemptsVariable = "AWS_MAX_ATTEMPTS";

    /// <summary>The AWS SDKs' standard retry mode: 3 attempts, backoff from about 1 s, at most 20 s; 60 s per attempt.</summary>
    public static ExternalCallSettings Default { get; } = new(3, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));

    /// <summary>The defaults, overridden by <c>AWS_MAX_ATTEMPTS</c> and <c>INFRA_HTTP_TIMEOUT_SECONDS</c>; exit 2 for an unusable value.</summary>
    public static ExternalCallSettings FromEnvironment()
    {
        var settings = Default;
        if (Environment.GetEnvironmentVariable(MaxAttemptsVariable) is { Length: > 0 } attempts)
        {
            if (!int.TryParse(attempts, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                throw new InfraException($"{MaxAttemptsVariable}='{attempts}': give a whole number of attempts, at least 1 (the default is {Default.MaxAttempts}), or unset it.", ExitCodes.BadInput);
            }

            settings = settings with { MaxAttempts = n };
        }

        if (Environment.GetEnvironmentVariable(TimeoutVariable) is { Length: > 0 } timeout)
        {
            if (!double.TryParse(timeout, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > 3600)
            {
                throw new InfraException($"{TimeoutVariable}='{timeout}': give the seconds one AWS or GitHub request may wait, e.g. 60 (more than 0, at most 3600), or unset it.", ExitCodes.BadInput);
            }

            settings = settings with { AttemptTimeout = TimeSpan.FromSeconds(seconds) };
        }

        return settings;
    }

    /// <summary>The timeout as users read it, e.g. <c>60 s</c> or <c>0.5 s</c>.</summary>
    public string TimeoutText => string.Create(CultureInfo.InvariantCulture, $"{AttemptTimeout.TotalSeconds:0.###} s");
}
