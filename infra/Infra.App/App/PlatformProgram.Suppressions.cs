using Infra.Model;

namespace Infra.App;

// The findings the platform accepts, each with its reason (README "Safety rules: the policy pack").
public sealed partial class PlatformProgram
{
    // The one documented exception to APIGW-AUTH: the shop's product catalogue is read by anonymous visitors.
    private static readonly Suppression PublicCatalogue = new("APIGW-AUTH", "The product catalogue is public by design: anonymous shop visitors list and read products; it holds no personal data, and writes require AWS_IAM.");

    // Accepted checkov findings (README "Safety rules: the policy pack"): each suppression says why, and the one that
    // waits for missing infrastructure expires, so that it is revisited.
    private static readonly Suppression UnsignedCode = new(
        "LAMBDA-CODE-SIGNING",
        "Signing needs an AWS Signer job on each package, run where the bundle enters the artifact bucket, and a code signing config naming its profile; neither exists yet. Revisit when they do.",
        expires: new DateOnly(2027, 3, 31));

    private static readonly Suppression NoVpc = new(
        "LAMBDA-VPC",
        "The functions call only AWS service APIs, over TLS and authorized by IAM; a VPC would add NAT gateways or VPC endpoints and cold-start cost for no isolation gain.");

    private static readonly Suppression NoApiCache = new(
        "APIGW-CACHE",
        "Product reads must be fresh (a changed product must show at once), and a stage cache cluster is billed per hour whether used or not; stage throttling already caps load on the backend.");

    private static readonly Suppression NoClientCertificate = new(
        "APIGW-CLIENT-CERT",
        "Every route is a Lambda proxy integration: API Gateway invokes the function through Lambda's API with a resource-based permission scoped to this API, so there is no HTTP backend to present a certificate to.");

    private static readonly Suppression WritersRunInTheCloud = new(
        "APIGW-WAF-MANAGED-GROUPS",
        "The web ACL carries the known-bad-inputs set but not AWSManagedRulesAnonymousIpList: its hosting-provider rule blocks requests from cloud address ranges, where the API's SigV4-signed writers (IAM principals of the shop's own systems) run, and its anonymous-IP rule would turn away shoppers on VPNs and privacy relays from a public catalogue; the per-IP rate limit caps what any one address can do.");

    private static readonly Suppression QueueRedrivesFailures = new(
        "LAMBDA-FUNCTION-DLQ",
        "Only an SQS event source invokes the order processor, and a function-level DLQ catches only asynchronous invocations: a failed order stays on its queue, whose redrive policy moves it to the orders dead-letter queue (alarmed) after MaxReceiveCount receives.");

    private static readonly Suppression InvokedSynchronously = new(
        "LAMBDA-FUNCTION-DLQ",
        "API Gateway invokes the product API synchronously: a failure is returned to the caller as a 5xx at once, and a function-level DLQ (used only for asynchronous invocations) would never receive anything.");

    private static readonly Suppression NoReservedConcurrency = new(
        "LAMBDA-CONCURRENCY",
        "A new account's Lambda concurrency quota is 10 and Lambda keeps 100 executions unreserved, so any reservation fails at apply; set the service's reserved-concurrency key in stack config once the quota is raised (README, Lambda concurrency).");

    private static readonly Suppression ShortDevLogs = new(
        "LOG-RETENTION-YEAR",
        "Dev holds no customer data and is rebuilt freely; its logs serve debugging for days, not audits, so dev keeps them bbws:logRetentionDays (14) days; sit and prod keep them a year.");

    private static readonly Suppression HandlerValidates = new(
        "APIGW-REQUEST-VALIDATION",
        "Every route is a Lambda proxy integration: the handler checks the JSON body's fields and types and answers 400 itself, and the routes without a body have no parameter to require; a validator without a request model checks no body, and a second schema in API Gateway would drift from the handler's.");

    private static readonly Suppression LogBucketNotLogged = new(
        "S3-ACCESS-LOGGING",
        "The access-log bucket is not itself logged: logging it into itself loops (the S3 user guide advises against it) and into another bucket only moves the question; its policy admits S3's log delivery as its only writer and no CI role holds a grant on it, and its logs expire after 365 days.");

    private static readonly Suppression LogBucketSseS3 = new(
        "S3-ENCRYPTION",
        "The access-log bucket is encrypted with SSE-S3: S3's log delivery could write under SSE-KMS only with a customer-managed key whose policy admits the logging service, and the logs hold request records, not state or customer data, so no key of this stack is opened to an AWS service for them.");

    private static readonly Suppression StaysInRegion = new(
        "S3-REPLICATION",
        "Data stays in the stack's region (prod: af-south-1, for data residency). Versioning with noncurrent-version expiry recovers overwrites and deletes; the templates are uploaded from the repository on every apply, and state can be rebuilt by importing what the code declares.");

    private static readonly Suppression OneReviewToDev = new(
        "GH-REVIEW-COUNT",
        "The ruleset's one approving review is the approval of a dev deployment (main and develop deploy to dev); sit and prod need 2 and 3 distinct approvals from their environment chains (GH-APPROVALS) before anything reaches them.");

    private static readonly Suppression NoBucketEvents = new(
        "S3-EVENT-NOTIFICATIONS",
        "Nothing consumes object events of the platform's buckets: their writers are Terraform applies and S3's log delivery, and requests are recorded by server access logs; an event notification without a reader is cost without a use.");

    // What every function of the platform accepts: unsigned code and no VPC, why it has no function-level dead-letter
    // queue, and, while it reserves no concurrency (null: bbws:<service>ReservedConcurrency is -1), the quota's reason.
    private static List<Suppression> Accepted(Suppression noFunctionDeadLetterQueue, int? reservedConcurrency = null) =>
        [UnsignedCode, NoVpc, noFunctionDeadLetterQueue, .. reservedConcurrency is null ? [NoReservedConcurrency] : Array.Empty<Suppression>()];
}
