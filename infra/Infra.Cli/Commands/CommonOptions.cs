using System.CommandLine;

namespace Infra.Cli.Commands;

/// <summary>Options several verbs share, defined once so that their names and help agree.</summary>
internal static class CommonOptions
{
    public static Option<string?> Root() => new("--root")
    {
        Description = "The repository folder (holding Pulumi.yaml). Default: the nearest one above the current folder.",
    };

    public static Option<string?> Stack(bool required) => new("--stack")
    {
        Description = "The stack (dev, sit, prod: one Pulumi.<stack>.yaml each)." + (required ? string.Empty : " Default: every stack."),
        Required = required,
    };
}
