namespace Infra;

/// <summary>The exit codes every verb uses, as fixed in DESIGN.md.</summary>
public static class ExitCodes
{
    /// <summary>Everything passed.</summary>
    public const int Ok = 0;

    /// <summary>A check, rule or gate found a problem.</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input or usage.</summary>
    public const int BadInput = 2;

    /// <summary>The environment refused: wrong account or region, no credentials, a freeze, no deployment below, engine missing.</summary>
    public const int EnvironmentRefused = 3;

    /// <summary>An external step failed: terraform/pulumi, an AWS or GitHub call, a smoke test.</summary>
    public const int ExternalFailure = 4;
}
