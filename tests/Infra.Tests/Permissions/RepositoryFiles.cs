namespace Infra.Tests.Permissions;

/// <summary>Files of this repository, found from the test assembly's folder upwards.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pulumi.yaml")) && Directory.Exists(System.IO.Path.Combine(dir.FullName, "infra")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (the folder with Pulumi.yaml) is not above the test assembly.");
        }
    }

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}
