using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>
/// package.yml, reusable: builds every Lambda package once per commit inside the Lambda runtime's own image, checks
/// between stages (the playbook's Lessons 3, 4 and 6: list the compiled libraries, import the handler in the same
/// image), and stores the bundle with its SHA-256 as the commit's artifact, which every stack then deploys.
/// </summary>
public static class PackageWorkflow
{
    /// <summary>The file name.</summary>
    public const string FileName = "package.yml";

    /// <summary>How a caller's job uses it.</summary>
    public const string Reference = "./.github/workflows/" + FileName;

    /// <summary>Builds the workflow from the packages the stacks declare.</summary>
    public static Workflow Build(WorkflowContext context)
    {
        var packages = context.Targets.SelectMany(t => t.Packages)
            .DistinctBy(p => p.PackagePath.Value)
            .OrderBy(p => p.Service, StringComparer.Ordinal)
            .ToList();
        var steps = new List<Step> { Steps.Checkout() };
        foreach (var package in packages)
        {
            steps.AddRange(Package(package, context.Targets[0].Region));
        }

        var zips = packages.Select(p => Path.GetFileName(p.PackagePath.Value)).Order(StringComparer.Ordinal).ToList();
        steps.Add(new Step
        {
            Name = "Bundle the packages with their SHA-256",
            Id = "bundle",
            Run = $"""
                mkdir -p {LambdaArtifact.Directory}
                rm -f {LambdaArtifact.Bundle}
                # Reproducible: the zips' own times and modes are fixed, so one commit always gives one bundle hash.
                (cd {LambdaArtifact.PackageDirectory} && chmod 644 {string.Join(" ", zips)} && touch -d @{FixedTime} {string.Join(" ", zips)} \
                  && TZ=UTC zip -q -X "$GITHUB_WORKSPACE/{LambdaArtifact.Bundle}" {string.Join(" ", zips)})
                unzip -l {LambdaArtifact.Bundle}
                sha256sum {LambdaArtifact.Bundle} | tee {LambdaArtifact.Bundle}.sha256
                echo "sha256=$(cut -d' ' -f1 {LambdaArtifact.Bundle}.sha256)" >> "$GITHUB_OUTPUT"
                """,
        });
        steps.Add(new Step
        {
            Name = "Store the packages as the commit's artifact",
            Uses = Actions.UploadArtifact,
            With = new Dictionary<string, string>
            {
                ["name"] = $"{LambdaArtifact.NamePrefix}${{{{ github.sha }}}}",
                ["path"] = LambdaArtifact.Directory,
                ["if-no-files-found"] = "error",
                ["retention-days"] = "90",
            },
        });
        return new Workflow
        {
            FileName = FileName,
            Name = "package",
            On = new Triggers
            {
                Call = [new WorkflowOutput("sha256", "The SHA-256 of the commit's Lambda package bundle.", "${{ jobs.package.outputs.sha256 }}")],
            },
            Permissions = TokenPermissions.ContentsRead,
            Jobs =
            [
                new Job
                {
                    Id = "package",
                    Name = "Package the Lambdas",
                    Outputs = new Dictionary<string, string> { ["sha256"] = "${{ steps.bundle.outputs.sha256 }}" },
                    Steps = steps,
                },
            ],
        };
    }

    /// <summary>
    /// The time every packaged file gets, in seconds since 1970: 1980-01-01 00:00 UTC, the earliest a zip entry can
    /// hold, so that file times never reach a zip and the same sources always give the same bytes.
    /// </summary>
    public const long FixedTime = 315532800;

    private static IEnumerable<Step> Package(LambdaPackage package, string region)
    {
        var build = $".build/package/{package.Service}";
        var source = package.SourceFolder.Value;
        yield return new Step
        {
            Name = $"{package.Service}: install inside {package.Image}",
            Run = $"""
                rm -rf {build} && mkdir -p {build}
                cp -R {source}/. {build}/
                if [ -f {source}/requirements.txt ]; then
                  docker run --rm --entrypoint /bin/bash -v "$PWD:/src" -w /src {package.Image} \
                    -c 'pip install --no-cache-dir --no-compile -r {source}/requirements.txt -t {build}'
                fi
                """,
        };
        yield return new Step
        {
            Name = $"{package.Service}: list the package and its compiled libraries",
            Run = $$"""
                find {{build}} -maxdepth 2 | sort
                echo "compiled libraries:"
                find {{build}} -name '*.so*' -exec ls -l {} +
                """,
        };
        yield return new Step
        {
            Name = $"{package.Service}: import the handler inside {package.Image}",

            // With the variables the function gets (ImportEnvironment, as the first stack that packages it sets them;
            // the package is built once for every stack): code that reads its settings at import fails here as it
            // would in Lambda when one is missing, and passes when the function has them all.
            Run = $"""
                docker run --rm --entrypoint /bin/bash -e AWS_DEFAULT_REGION={region}{string.Concat(package.ImportEnvironment.Select(e => $" -e {ShellWord($"{e.Key}={e.Value}")}"))} -v "$PWD/{build}:/var/task:ro" -w /var/task {package.Image} \
                  -c 'python -c "import {package.Module}; assert callable({package.Module}.{package.Function})"'
                """,
        };
        var zip = $"$GITHUB_WORKSPACE/{package.PackagePath.Value}";
        yield return new Step
        {
            Name = $"{package.Service}: zip",

            // Reproducible: fixed file times and modes, entries in byte order, no extra fields (owner, times), so
            // unchanged code gives the same zip and the plan shows no change.
            Run = $$"""
                mkdir -p {{LambdaArtifact.PackageDirectory}}
                rm -f "{{zip}}"
                chmod -R u=rwX,go=rX {{build}}
                find {{build}} -exec touch -h -d @{{FixedTime}} {} +
                (cd {{build}} && find . -mindepth 1 ! -type d -printf '%P\n' | LC_ALL=C sort | TZ=UTC zip -q -X -@ "{{zip}}")
                unzip -l {{package.PackagePath.Value}} | tail -n 1
                """,
        };
    }

    // One shell word: bare when it holds only characters the shell leaves alone, else single-quoted.
    private static string ShellWord(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || "@%+=:,./_-".Contains(c, StringComparison.Ordinal))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
