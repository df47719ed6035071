namespace Infra.Deploy;

/// <summary>One element of the stack output <c>smoke_checks</c>: a check a service declared, run after the apply.</summary>
/// <param name="Kind"><c>http_get</c> or <c>invoke</c>.</param>
/// <param name="Url">For <c>http_get</c>: the URL to GET (the stage URL and the path, joined by one slash); else null.</param>
/// <param name="Signed">For <c>http_get</c>: the route uses AWS_IAM, so the request is SigV4-signed.</param>
/// <param name="FunctionName">For <c>invoke</c>: the function invoked with the smoke event; else null.</param>
/// <param name="Alias">For <c>invoke</c>: the alias invoked (<c>live</c> when absent).</param>
/// <param name="ProvesEmail">For <c>invoke</c>: the answer must show an e-mail sent to the SES mailbox simulator.</param>
public sealed record SmokeCheckOutput(string Kind, string? Url, bool Signed, string? FunctionName, string Alias, bool ProvesEmail)
{
    /// <summary>The kind of a GET of an API path.</summary>
    public const string HttpGet = "http_get";

    /// <summary>The kind of a direct invoke with the smoke event.</summary>
    public const string Invoke = "invoke";
}
