using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class AccessDeniedParserTests
{
    private const string Deploy = "arn:aws:sts::536580886816:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions";
    private const string Function = "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev";
    private const string LogGroup = "arn:aws:logs:eu-west-1:536580886816:log-group:/aws/lambda/2-1-bbws-product-api-dev";

    /// <summary>Each case: a message as it appears in a CI log, and the one denial it must parse to.</summary>
    public static IEnumerable<TestCaseData> SingleDenials()
    {
        static TestCaseData Case(string name, string text, string? principal, string actions, string? resource, DenialReason reason) =>
            new TestCaseData(text, principal, actions, resource, reason).SetName("Parses " + name);

        // The plain sentence, with and without its reason.
        yield return Case("the plain sentence with its reason",
            $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function} because no identity-based policy allows the lambda:GetPolicy action",
            Deploy, "lambda:GetPolicy", Function, DenialReason.MissingIdentityGrant);
        yield return Case("the older sentence without a reason",
            $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function}",
            Deploy, "lambda:GetPolicy", Function, DenialReason.Unstated);
        yield return Case("the playbook's short form without a principal",
            "User is not authorized to perform: lambda:GetPolicy",
            null, "lambda:GetPolicy", null, DenialReason.Unstated);
        yield return Case("a sentence ending in a full stop",
            $"User: {Deploy} is not authorized to perform: logs:ListTagsForResource on resource: {LogGroup}.",
            Deploy, "logs:ListTagsForResource", LogGroup, DenialReason.Unstated);
        yield return Case("an action without resource-level permissions and no resource",
            $"User: {Deploy} is not authorized to perform: logs:DescribeLogGroups because no identity-based policy allows the logs:DescribeLogGroups action",
            Deploy, "logs:DescribeLogGroups", null, DenialReason.MissingIdentityGrant);
        yield return Case("the log-stream placeholder resource of DescribeLogGroups",
            $"User: {Deploy} is not authorized to perform: logs:DescribeLogGroups on resource: arn:aws:logs:eu-west-1:536580886816:log-group::log-stream: because no identity-based policy allows the logs:DescribeLogGroups action",
            Deploy, "logs:DescribeLogGroups", "arn:aws:logs:eu-west-1:536580886816:log-group::log-stream:", DenialReason.MissingIdentityGrant);

        // Explicit denies and the other policy types.
        yield return Case("an explicit deny in a service control policy",
            $"User: {Deploy} is not authorized to perform: s3:DeleteBucket on resource: \"arn:aws:s3:::2-1-bbws-tfstate-dev\" with an explicit deny in a service control policy",
            Deploy, "s3:DeleteBucket", "arn:aws:s3:::2-1-bbws-tfstate-dev", DenialReason.ServiceControlPolicy);
        yield return Case("an implicit deny by service control policies",
            $"User: {Deploy} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:af-south-1:536580886816:instance/* because no service control policy allows the ec2:RunInstances action",
            Deploy, "ec2:RunInstances", "arn:aws:ec2:af-south-1:536580886816:instance/*", DenialReason.ServiceControlPolicy);
        yield return Case("an explicit deny in a permissions boundary",
            "User: arn:aws:iam::536580886816:user/ci-deployer is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev with an explicit deny in a permissions boundary",
            "arn:aws:iam::536580886816:user/ci-deployer", "iam:CreateRole", "arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev", DenialReason.PermissionsBoundary);
        yield return Case("an implicit deny by a permissions boundary",
            $"User: {Deploy} is not authorized to perform: iam:PassRole on resource: arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev because no permissions boundary allows the iam:PassRole action",
            Deploy, "iam:PassRole", "arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev", DenialReason.PermissionsBoundary);
        yield return Case("an explicit deny in a session policy",
            $"User: {Deploy} is not authorized to perform: dynamodb:DeleteTable on resource: arn:aws:dynamodb:eu-west-1:536580886816:table/2-1-bbws-products-dev with an explicit deny in a session policy",
            Deploy, "dynamodb:DeleteTable", "arn:aws:dynamodb:eu-west-1:536580886816:table/2-1-bbws-products-dev", DenialReason.SessionPolicy);
        yield return Case("an implicit deny by a session policy",
            $"User: {Deploy} is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:eu-west-1:536580886816:2-1-bbws-orders-dev because no session policy allows the sqs:SendMessage action",
            Deploy, "sqs:SendMessage", "arn:aws:sqs:eu-west-1:536580886816:2-1-bbws-orders-dev", DenialReason.SessionPolicy);
        yield return Case("an explicit deny in a resource-based policy",
            $"User: {Deploy} is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::2-1-bbws-order-templates-536580886816-dev/email-templates/order_receipt.html\" with an explicit deny in a resource-based policy",
            Deploy, "s3:PutObject", "arn:aws:s3:::2-1-bbws-order-templates-536580886816-dev/email-templates/order_receipt.html", DenialReason.ResourcePolicy);
        yield return Case("a KMS key policy that allows nothing",
            $"User: {Deploy} is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:536580886816:key/1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b because no resource-based policy allows the kms:Decrypt action",
            Deploy, "kms:Decrypt", "arn:aws:kms:eu-west-1:536580886816:key/1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", DenialReason.ResourcePolicy);
        yield return Case("an explicit deny in an identity-based policy",
            $"User: {Deploy} is not authorized to perform: lambda:DeleteFunction on resource: {Function} with an explicit deny in an identity-based policy",
            Deploy, "lambda:DeleteFunction", Function, DenialReason.IdentityPolicyDeny);
        yield return Case("an explicit deny in a resource control policy",
            $"User: {Deploy} is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::2-1-bbws-tfstate-dev/main/terraform.tfstate\" with an explicit deny in a resource control policy",
            Deploy, "s3:GetObject", "arn:aws:s3:::2-1-bbws-tfstate-dev/main/terraform.tfstate", DenialReason.ResourceControlPolicy);
        yield return Case("an implicit deny by a VPC endpoint policy",
            $"User: {Deploy} is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:eu-west-1:536580886816:secret:bbws/github-app-AbCdEf because no VPC endpoint policy allows the secretsmanager:GetSecretValue action",
            Deploy, "secretsmanager:GetSecretValue", "arn:aws:secretsmanager:eu-west-1:536580886816:secret:bbws/github-app-AbCdEf", DenialReason.VpcEndpointPolicy);

        // SDK and tool wrappers.
        yield return Case("the Terraform AWS provider's SDK for Go v2 wrapper",
            "Error: reading Lambda Function (2-1-bbws-product-api-dev) code signing config: operation error Lambda: GetFunctionCodeSigningConfig, https response error StatusCode: 403, RequestID: 9e3a6b7c-1d2f-4a8e-b5c4-0f6d8e2a1b93, api error AccessDeniedException: "
            + $"User: {Deploy} is not authorized to perform: lambda:GetFunctionCodeSigningConfig on resource: {Function} because no identity-based policy allows the lambda:GetFunctionCodeSigningConfig action",
            Deploy, "lambda:GetFunctionCodeSigningConfig", Function, DenialReason.MissingIdentityGrant);
        yield return Case("Terraform's diagnostic box in a GitHub Actions log",
            "2025-12-29T09:14:03.5512345Z ╷\n"
            + "2025-12-29T09:14:03.5513456Z │ Error: listing tags for CloudWatch Logs Log Group (/aws/lambda/2-1-bbws-product-api-dev): operation error CloudWatch Logs: ListTagsForResource, https response error StatusCode: 400, RequestID: 4f2b8c1d-6e9a-4d3b-a7f0-58c2e1d9b6a4, api error AccessDeniedException: User:\n"
            + $"2025-12-29T09:14:03.5514567Z │ {Deploy} is not authorized to perform: logs:ListTagsForResource on resource:\n"
            + $"2025-12-29T09:14:03.5515678Z │ {LogGroup} because no identity-based policy allows the\n"
            + "2025-12-29T09:14:03.5516789Z │ logs:ListTagsForResource action\n"
            + "2025-12-29T09:14:03.5517890Z │\n"
            + "2025-12-29T09:14:03.5518901Z │   with module.product_api.aws_cloudwatch_log_group.this,\n"
            + "2025-12-29T09:14:03.5519012Z ╵\n",
            Deploy, "logs:ListTagsForResource", LogGroup, DenialReason.MissingIdentityGrant);
        yield return Case("the older Terraform provider (SDK for Go v1) with its status line",
            $"Error: error creating IAM Role (2-1-bbws-product-api-dev): AccessDenied: User: {Deploy} is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev\n\tstatus code: 403, request id: 1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9",
            Deploy, "iam:CreateRole", "arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev", DenialReason.Unstated);
        yield return Case("boto3's ClientError",
            "botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetParameter operation: "
            + "User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/2-1-bbws-order-processor-dev is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:536580886816:parameter/bbws/dev/deploy-freeze because no identity-based policy allows the ssm:GetParameter action",
            "arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/2-1-bbws-order-processor-dev", "ssm:GetParameter", "arn:aws:ssm:eu-west-1:536580886816:parameter/bbws/dev/deploy-freeze", DenialReason.MissingIdentityGrant);
        yield return Case("boto3 and S3's quoted resource",
            "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/2-1-bbws-order-processor-dev is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::2-1-bbws-order-templates-536580886816-dev/email-templates/customer_confirmation.html\" because no identity-based policy allows the s3:GetObject action",
            "arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/2-1-bbws-order-processor-dev", "s3:GetObject", "arn:aws:s3:::2-1-bbws-order-templates-536580886816-dev/email-templates/customer_confirmation.html", DenialReason.MissingIdentityGrant);
        yield return Case("a Python traceback in a Lambda log with a JSON-escaped message",
            "[ERROR] ClientError: An error occurred (AccessDenied) when calling the SendEmail operation: User `arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/2-1-bbws-order-processor-dev' is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:eu-west-1:536580886816:identity/bigbeard.co.za'",
            "arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/2-1-bbws-order-processor-dev", "ses:SendEmail", "arn:aws:ses:eu-west-1:536580886816:identity/bigbeard.co.za", DenialReason.Unstated);
        yield return Case("the AWS SDK for Java v1 with its service suffix",
            "com.amazonaws.services.lambda.model.AWSLambdaException: User: arn:aws:sts::815856636111:assumed-role/2-1-bbws-smoke-test-sit/smoke is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:eu-west-1:815856636111:function:2-1-bbws-product-api-sit:live (Service: AWSLambda; Status Code: 403; Error Code: AccessDeniedException; Request ID: 0a1b2c3d-4e5f-4607-8192-a3b4c5d6e7f8; Proxy: null)",
            "arn:aws:sts::815856636111:assumed-role/2-1-bbws-smoke-test-sit/smoke", "lambda:InvokeFunction", "arn:aws:lambda:eu-west-1:815856636111:function:2-1-bbws-product-api-sit:live", DenialReason.Unstated);
        yield return Case("the AWS SDK for Java v2 with SQS's lower-case action",
            "software.amazon.awssdk.services.sqs.model.SqsException: User: arn:aws:sts::815856636111:assumed-role/2-1-bbws-order-api-sit/i-0abc is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:eu-west-1:815856636111:2-1-bbws-orders-sit because no identity-based policy allows the sqs:sendmessage action (Service: Sqs, Status Code: 403, Request ID: 8c1d2e3f-4a5b-5c6d-9e7f-0a1b2c3d4e5f)",
            "arn:aws:sts::815856636111:assumed-role/2-1-bbws-order-api-sit/i-0abc", "sqs:sendmessage", "arn:aws:sqs:eu-west-1:815856636111:2-1-bbws-orders-sit", DenialReason.MissingIdentityGrant);
        yield return Case("the AWS SDK for .NET with its inner exception",
            "Unhandled exception. Amazon.DynamoDBv2.AmazonDynamoDBException: User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-product-api-dev/2-1-bbws-product-api-dev is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:eu-west-1:536580886816:table/2-1-bbws-products-dev/index/by-category because no identity-based policy allows the dynamodb:Query action\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.",
            "arn:aws:sts::536580886816:assumed-role/2-1-bbws-product-api-dev/2-1-bbws-product-api-dev", "dynamodb:Query", "arn:aws:dynamodb:eu-west-1:536580886816:table/2-1-bbws-products-dev/index/by-category", DenialReason.MissingIdentityGrant);
        yield return Case("a CloudFormation resource event",
            "CREATE_FAILED | AWS::Lambda::Function | ProductApiFunction | Resource handler returned message: \"User: arn:aws:sts::536580886816:assumed-role/cdk-hnb659fds-cfn-exec-role-536580886816-eu-west-1/AWSCloudFormation is not authorized to perform: lambda:GetFunctionCodeSigningConfig on resource: arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev because no identity-based policy allows the lambda:GetFunctionCodeSigningConfig action (Service: Lambda, Status Code: 403, Request ID: 3d4e5f60-7182-4394-a5b6-c7d8e9f0a1b2)\" (RequestToken: 6f7a8b9c-0d1e-2f3a-4b5c-6d7e8f9a0b1c, HandlerErrorCode: AccessDenied)",
            "arn:aws:sts::536580886816:assumed-role/cdk-hnb659fds-cfn-exec-role-536580886816-eu-west-1/AWSCloudFormation", "lambda:GetFunctionCodeSigningConfig", "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev", DenialReason.MissingIdentityGrant);
        yield return Case("an older CloudFormation event with the API prefix",
            "UPDATE_FAILED  AWS::IAM::Role  ProductApiRole  API: iam:PutRolePolicy User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions is not authorized to perform: iam:PutRolePolicy on resource: role 2-1-bbws-product-api-dev",
            Deploy, "iam:PutRolePolicy", "role", DenialReason.Unstated);
        yield return Case("the Serverless Framework",
            "Error:\nUser: arn:aws:iam::536580886816:user/serverless-deployer is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:536580886816:stack/bbws-orders-dev/* because no identity-based policy allows the cloudformation:DescribeStacks action",
            "arn:aws:iam::536580886816:user/serverless-deployer", "cloudformation:DescribeStacks", "arn:aws:cloudformation:eu-west-1:536580886816:stack/bbws-orders-dev/*", DenialReason.MissingIdentityGrant);
        yield return Case("the older Serverless Framework error",
            "ServerlessError: User: arn:aws:iam::536580886816:user/serverless-deployer is not authorized to perform: s3:ListBucket on resource: arn:aws:s3:::bbws-orders-dev-serverlessdeploymentbucket-1a2b3c4d",
            "arn:aws:iam::536580886816:user/serverless-deployer", "s3:ListBucket", "arn:aws:s3:::bbws-orders-dev-serverlessdeploymentbucket-1a2b3c4d", DenialReason.Unstated);
        yield return Case("the AWS CLI",
            "An error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation: User: arn:aws:sts::093646564004:assumed-role/2-1-bbws-github-deploy-prod/GitHubActions is not authorized to perform: lambda:UpdateFunctionCode on resource: arn:aws:lambda:af-south-1:093646564004:function:2-1-bbws-product-api-prod because no identity-based policy allows the lambda:UpdateFunctionCode action",
            "arn:aws:sts::093646564004:assumed-role/2-1-bbws-github-deploy-prod/GitHubActions", "lambda:UpdateFunctionCode", "arn:aws:lambda:af-south-1:093646564004:function:2-1-bbws-product-api-prod", DenialReason.MissingIdentityGrant);
        yield return Case("ECR's denied prefix from docker push",
            "denied: User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:536580886816:repository/2-1-bbws-product-api-dev because no identity-based policy allows the ecr:InitiateLayerUpload action",
            Deploy, "ecr:InitiateLayerUpload", "arn:aws:ecr:eu-west-1:536580886816:repository/2-1-bbws-product-api-dev", DenialReason.MissingIdentityGrant);
        yield return Case("API Gateway's anonymous caller",
            "{\"Message\":\"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:eu-west-1:536580886816:a1b2c3d4e5/dev/GET/products\"}",
            "anonymous", "execute-api:Invoke", "arn:aws:execute-api:eu-west-1:536580886816:a1b2c3d4e5/dev/GET/products", DenialReason.Unstated);
        yield return Case("GitHub OIDC when the trust policy refuses the token",
            "##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity",
            null, "sts:AssumeRoleWithWebIdentity", null, DenialReason.ResourcePolicy);

        // Case, quotes and line breaks.
        yield return Case("an upper-case service prefix",
            "User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/2-1-bbws-order-processor-dev is not authorized to perform: SNS:Publish on resource: arn:aws:sns:eu-west-1:536580886816:2-1-bbws-deployments-dev because no identity-based policy allows the SNS:Publish action",
            "arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/2-1-bbws-order-processor-dev", "sns:Publish", "arn:aws:sns:eu-west-1:536580886816:2-1-bbws-deployments-dev", DenialReason.MissingIdentityGrant);
        yield return Case("an action name broken by the terminal",
            $"User: {Deploy} is not authorized to perform: lambda:GetFunctionCod\neSigningConfig on resource: {Function}",
            Deploy, "lambda:GetFunctionCodeSigningConfig", Function, DenialReason.Unstated);
        yield return Case("an action name broken at the end of the log",
            $"User: {Deploy} is not authorized to perform: lambda:GetFunctionCod\neSigningConfig",
            Deploy, "lambda:GetFunctionCodeSigningConfig", null, DenialReason.Unstated);
        yield return Case("an ARN broken by the terminal before the reason",
            $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: arn:aws:lambda:eu-west-1:536580886816:func\ntion:2-1-bbws-product-api-dev because no identity-based policy allows the lambda:GetPolicy action",
            Deploy, "lambda:GetPolicy", Function, DenialReason.MissingIdentityGrant);
        yield return Case("a reason broken in its action name",
            $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function} because no identity-based policy allows the lambda:Get\nPolicy action",
            Deploy, "lambda:GetPolicy", Function, DenialReason.MissingIdentityGrant);
        yield return Case("a message wrapped at word boundaries",
            $"AccessDeniedException: User: {Deploy}\nis not authorized to perform:\nlambda:GetPolicy\non resource:\n{Function}\nbecause no identity-based policy allows the lambda:GetPolicy action",
            Deploy, "lambda:GetPolicy", Function, DenialReason.MissingIdentityGrant);
        yield return Case("a JSON-escaped message in a structured log",
            "{\"level\":\"error\",\"msg\":\"User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/x is not authorized to perform: s3:GetObject on resource: \\\"arn:aws:s3:::2-1-bbws-order-templates-536580886816-dev/email-templates/internal_notification.html\\\" because no identity-based policy allows the s3:GetObject action\"}",
            "arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/x", "s3:GetObject", "arn:aws:s3:::2-1-bbws-order-templates-536580886816-dev/email-templates/internal_notification.html", DenialReason.MissingIdentityGrant);
        yield return Case("a role with a path",
            "User: arn:aws:iam::536580886816:role/service-role/2-1-bbws-apigw-cloudwatch-dev is not authorized to perform: logs:CreateLogStream on resource: arn:aws:logs:eu-west-1:536580886816:log-group:API-Gateway-Execution-Logs_a1b2c3d4e5/dev:log-stream:abc because no identity-based policy allows the logs:CreateLogStream action",
            "arn:aws:iam::536580886816:role/service-role/2-1-bbws-apigw-cloudwatch-dev", "logs:CreateLogStream", "arn:aws:logs:eu-west-1:536580886816:log-group:API-Gateway-Execution-Logs_a1b2c3d4e5/dev:log-stream:abc", DenialReason.MissingIdentityGrant);
        yield return Case("an explicit deny naming the service control policy",
            $"User: {Deploy} is not authorized to perform: ec2:CreateVpc on resource: arn:aws:ec2:af-south-1:536580886816:vpc/* with an explicit deny in a service control policy: arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-abcd1234",
            Deploy, "ec2:CreateVpc", "arn:aws:ec2:af-south-1:536580886816:vpc/*", DenialReason.ServiceControlPolicy);
    }

    [TestCaseSource(nameof(SingleDenials))]
    public void ParsesOneDenial(string text, string? principal, string actions, string? resource, DenialReason reason)
    {
        var denials = AccessDeniedParser.Parse(text);

        Assert.That(denials, Has.Count.EqualTo(1), $"expected exactly one denial in: {text}");
        var denial = denials[0];
        Assert.Multiple(() =>
        {
            Assert.That(denial.Principal, Is.EqualTo(principal), "principal");
            Assert.That(string.Join(",", denial.Actions), Is.EqualTo(actions), "actions");
            Assert.That(denial.Resource, Is.EqualTo(resource), "resource");
            Assert.That(denial.Reason, Is.EqualTo(reason), "reason");
        });
    }

    [Test]
    public void FindsEveryDenialInALog()
    {
        var log = "2025-12-29T09:14:03.1Z │ Error: reading Lambda Function (2-1-bbws-product-api-dev) policy: operation error Lambda: GetPolicy, https response error StatusCode: 403, RequestID: 5b1f4c2e, api error AccessDeniedException: "
            + $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function} because no identity-based policy allows the lambda:GetPolicy action\n"
            + "2025-12-29T09:14:03.2Z │ \n"
            + "2025-12-29T09:14:03.3Z │ Error: reading CloudWatch Logs Log Group (/aws/lambda/2-1-bbws-product-api-dev): operation error CloudWatch Logs: DescribeLogGroups, https response error StatusCode: 400, RequestID: 0c7d2a91, api error AccessDeniedException: "
            + $"User: {Deploy} is not authorized to perform: logs:DescribeLogGroups on resource: arn:aws:logs:eu-west-1:536580886816:log-group::log-stream: because no identity-based policy allows the logs:DescribeLogGroups action\n"
            + $"2025-12-29T09:14:03.4Z │ Error: User: {Deploy} is not authorized to perform: s3:DeleteBucket on resource: \"arn:aws:s3:::2-1-bbws-tfstate-dev\" with an explicit deny in a service control policy\n";

        var denials = AccessDeniedParser.Parse(log);

        Assert.That(denials.Select(d => (d.Actions.Single(), d.Reason)), Is.EqualTo(new[]
        {
            ("lambda:GetPolicy", DenialReason.MissingIdentityGrant),
            ("logs:DescribeLogGroups", DenialReason.MissingIdentityGrant),
            ("s3:DeleteBucket", DenialReason.ServiceControlPolicy),
        }));
        Assert.That(denials[0].Operation, Is.EqualTo("Lambda: GetPolicy"), "the SDK wrapper's operation is kept for context");
        Assert.That(denials[1].Operation, Is.EqualTo("CloudWatch Logs: DescribeLogGroups"));
    }

    [Test]
    public void FindsTwoOlderDenialsWithoutReasonsOneAfterTheOther()
    {
        var log = $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function}\n"
            + $"User: {Deploy} is not authorized to perform: lambda:GetFunctionCodeSigningConfig on resource: {Function}\n";

        var denials = AccessDeniedParser.Parse(log);

        Assert.That(denials.Select(d => d.Resource), Is.EqualTo(new[] { Function, Function }), "a resource must not run on into the next denial");
        Assert.That(denials.Select(d => d.Actions.Single()), Is.EqualTo(new[] { "lambda:GetPolicy", "lambda:GetFunctionCodeSigningConfig" }));
    }

    [Test]
    public void ReadsAListOfActions()
    {
        var denial = AccessDeniedParser.Parse($"User: {Deploy} is not authorized to perform: ec2:DescribeNetworkInterfaces, ec2:CreateNetworkInterface on resource: *").Single();

        Assert.That(denial.Actions, Is.EqualTo(new[] { "ec2:DescribeNetworkInterfaces", "ec2:CreateNetworkInterface" }));
        Assert.That(denial.Resource, Is.EqualTo("*"));
    }

    [Test]
    public void KeepsThePolicyArnOfAnExplicitDeny()
    {
        var denial = AccessDeniedParser.Parse($"User: {Deploy} is not authorized to perform: ec2:CreateVpc on resource: arn:aws:ec2:af-south-1:536580886816:vpc/* with an explicit deny in a service control policy: arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-abcd1234").Single();

        Assert.That(denial.ExplicitDeny, Is.True);
        Assert.That(denial.PolicyArn, Is.EqualTo("arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-abcd1234"));
    }

    [TestCase("Error: reading S3 Bucket (2-1-bbws-tfstate-dev): operation error S3: HeadBucket, https response error StatusCode: 403, RequestID: 1A2B3C4D5E6F7G8H, HostID: abc=, api error Forbidden: Forbidden", "S3: HeadBucket", null, TestName = "Parses S3's bare 403 Forbidden as opaque")]
    [TestCase("Error: operation error S3: GetObject, https response error StatusCode: 403, RequestID: 9Z8Y7X6W5V4U3T2S, HostID: xyz=, api error AccessDenied: Access Denied", "S3: GetObject", null, TestName = "Parses S3's Access Denied as opaque")]
    [TestCase("botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied", "PutObject", null, TestName = "Parses boto3's Access Denied as opaque")]
    [TestCase("An error occurred (UnauthorizedOperation) when calling the DescribeVpcs operation: You are not authorized to perform this operation. Encoded authorization failure message: 4GIOHlTkIaWHQD0Q0m6XSnuUMCm-abc_123", "DescribeVpcs", "4GIOHlTkIaWHQD0Q0m6XSnuUMCm-abc_123", TestName = "Parses EC2's encoded authorization message as opaque")]
    public void ParsesOpaqueDenials(string text, string? operation, string? encoded)
    {
        var denial = AccessDeniedParser.Parse(text).Single();

        Assert.That(denial.Reason, Is.EqualTo(DenialReason.Opaque));
        Assert.That(denial.Actions, Is.Empty, "an opaque denial names no action");
        Assert.That(denial.Operation, Is.EqualTo(operation), "the SDK's operation is the best lead to the action");
        Assert.That(denial.EncodedMessage, Is.EqualTo(encoded));
    }

    [TestCase("Error: creating Lambda Function (2-1-bbws-product-api-dev): operation error Lambda: CreateFunction, https response error StatusCode: 400, RequestID: 7a8b, InvalidParameterValueException: The role defined for the function cannot be assumed by Lambda.", TestName = "Parses a validation error as not an authorization error")]
    [TestCase("Error: Error acquiring the state lock: ConditionalCheckFailedException: The conditional request failed", TestName = "Parses a state lock error as not an authorization error")]
    [TestCase("", TestName = "Parses empty text as not an authorization error")]
    public void RecognisesTextWithoutADenial(string text)
    {
        var denial = AccessDeniedParser.Parse(text).Single();

        Assert.That(denial.Reason, Is.EqualTo(DenialReason.NotAuthorizationError));
    }

    [Test]
    public void ReportsAnAuthorizationErrorItCannotRead()
    {
        var denial = AccessDeniedParser.Parse("AccessDeniedException: Cross-account pass role is not allowed.").Single();

        Assert.That(denial.Reason, Is.EqualTo(DenialReason.Unparseable));
    }

    [TestCase(Deploy, "536580886816", "2-1-bbws-github-deploy-dev")]
    [TestCase("arn:aws:iam::536580886816:role/service-role/2-1-bbws-apigw-cloudwatch-dev", "536580886816", "2-1-bbws-apigw-cloudwatch-dev")]
    [TestCase("arn:aws:iam::536580886816:user/ci-deployer", "536580886816", null)]
    public void ReadsThePrincipalsAccountAndRole(string principal, string account, string? role)
    {
        var denial = AccessDeniedParser.Parse($"User: {principal} is not authorized to perform: s3:GetObject on resource: *").Single();

        Assert.That(denial.PrincipalAccount, Is.EqualTo(account));
        Assert.That(denial.PrincipalRoleName, Is.EqualTo(role));
    }

    [Test]
    public void ReasonNameIsKebabCase()
    {
        var denial = AccessDeniedParser.Parse($"User: {Deploy} is not authorized to perform: s3:GetObject on resource: * because no identity-based policy allows the s3:GetObject action").Single();

        Assert.That(denial.ReasonName, Is.EqualTo("missing-identity-grant"));
    }
}
