namespace Infra.Deploy.Aws;

/// <summary>What a synchronous Lambda invoke returned.</summary>
/// <param name="StatusCode">The invoke API's status code (200 for a synchronous invoke that ran).</param>
/// <param name="FunctionError">Lambda's <c>X-Amz-Function-Error</c> (<c>Unhandled</c>) when the function threw, else null.</param>
/// <param name="Payload">The function's response body.</param>
public sealed record LambdaInvokeResult(int StatusCode, string? FunctionError, string Payload);
