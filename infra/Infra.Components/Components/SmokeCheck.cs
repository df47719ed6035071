namespace Infra.Components;

/// <summary>
/// A check the deploy driver runs against a service right after its alias moved (README "Deploying"), declared by the
/// app on the service and exported in the stack output <see cref="ServiceOutputs.SmokeChecksName"/>: a GET of a path
/// of the REST API in front of the service, or a direct invoke of the alias with the smoke event, which the handler
/// answers by proving each step of its work without doing anything irreversible.
/// </summary>
public sealed record SmokeCheck
{
    private SmokeCheck(string? httpGetPath, bool provesEmail)
    {
        HttpGetPath = httpGetPath;
        ProvesEmail = provesEmail;
    }

    /// <summary>The API path (no leading '/') the check GETs expecting 2xx; null for an invoke.</summary>
    public string? HttpGetPath { get; }

    /// <summary>For an invoke: the handler must report an e-mail sent to the SES mailbox simulator.</summary>
    public bool ProvesEmail { get; }

    /// <summary>GET <c>&lt;stage URL&gt;/<paramref name="path"/></c> of the REST API that fronts the service, expecting 2xx (signed when that route uses AWS_IAM).</summary>
    public static SmokeCheck Get(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path.StartsWith('/')
            ? throw new ArgumentException($"Smoke check path '{path}' starts with '/': write it as the route's path, e.g. 'products'.", nameof(path))
            : new SmokeCheck(path, false);
    }

    /// <summary>Invoke alias <c>live</c> with the smoke event; <paramref name="provesEmail"/>: the answer must show an e-mail sent to the SES mailbox simulator.</summary>
    public static SmokeCheck Invoke(bool provesEmail = false) => new(null, provesEmail);
}
