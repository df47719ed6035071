using Infra.Configuration;
using Infra.Model;
using Infra.Tests.Testing;

namespace Infra.Tests.Model;

public class ConfigSecretsTests
{
    private static StackConfig Dev(string stackConfig, bool declaredSecret = true)
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "config:\n", "config:\n" + stackConfig);
        repo.Replace("Pulumi.yaml", "config:\n", "config:\n  bbws:notifyToken:\n    type: string\n" + (declaredSecret ? "    secret: true\n" : string.Empty));
        return ProjectConfig.Load(repo.Root).Stack("dev");
    }

    [Test]
    public void ASecureValueBecomesARunTimeVariableNamedAfterItsKey()
    {
        var config = Dev("  bbws:notifyToken:\n    secure: AAABADNDx8Yy2Q==\n");

        Assert.That(config.GetSecret("notifyToken")?.Expression, Is.EqualTo(new SecretVariable("notify_token", "bbws:notifyToken")), "the project's key, snake-cased, names the variable; the full key is what the engine reads");
    }

    [Test]
    public void AnUnsetSecretIsNullAndRequiringItNamesTheKey()
    {
        var config = Dev(string.Empty);

        Assert.That(config.GetSecret("notifyToken"), Is.Null, "an unset secret is no output");
        Assert.That(() => config.RequireSecret("notifyToken"), Throws.InstanceOf<InfraException>().With.Message.Contains("bbws:notifyToken"), "a missing secret must name its key");
    }

    [Test]
    public void APlainTextValueReadAsASecretIsRefused()
    {
        var config = Dev("  bbws:notifyToken: hunter2\n", declaredSecret: false);

        Assert.That(() => config.GetSecret("notifyToken"), Throws.InstanceOf<InfraException>().With.Message.Contains("--secret"), "a secret stored as plain text must be refused with the command that stores it encrypted");
    }
}
