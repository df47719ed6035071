namespace Infra.Deploy;

/// <summary>One element of the stack output <c>lambda_services</c>.</summary>
/// <param name="FunctionName">The function's name (<c>function_name</c>).</param>
/// <param name="Version">The version the engine published for this apply (<c>version</c>).</param>
/// <param name="CodeDeployApplication">The CodeDeploy application (<c>codedeploy_app</c>).</param>
/// <param name="CodeDeployGroup">The deployment group that shifts alias <c>live</c> (<c>codedeploy_group</c>).</param>
/// <param name="Alias">The alias callers use (<c>alias</c>, <c>live</c> when absent).</param>
/// <param name="AlarmNames">The CloudWatch alarms that watch the alias (<c>alarm_names</c>, empty when absent).</param>
public sealed record LambdaServiceOutput(string FunctionName, string Version, string CodeDeployApplication, string CodeDeployGroup, string Alias, IReadOnlyList<string> AlarmNames);
