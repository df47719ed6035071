using Infra.Model;

namespace Infra.Workflows.Targets;

/// <summary>One Lambda package the package job builds, as the stack program declares it.</summary>
/// <param name="Service">The service's component name, e.g. <c>order-processor</c>.</param>
/// <param name="SourceFolder">The handler's source folder.</param>
/// <param name="PackagePath">Where the zip goes; the generated roots read it there.</param>
/// <param name="Runtime">The Lambda runtime, e.g. <c>python3.12</c>.</param>
/// <param name="Handler">The handler, <c>module.function</c>.</param>
public sealed record LambdaPackage(string Service, RepositoryPath SourceFolder, RepositoryPath PackagePath, string Runtime, string Handler)
{
    /// <summary>What the import check sets for a variable whose value is another resource's attribute, known only after apply.</summary>
    public const string UnknownUntilApply = "placeholder-known-after-apply";

    /// <summary>
    /// The function's environment variables by the names the model gives the function in this stack, sorted ordinally,
    /// for the import check: a value known at synth time as it is, an attribute of another resource as
    /// <see cref="UnknownUntilApply"/>. Default: none.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ImportEnvironment { get; init; } = [];

    /// <summary>The Lambda runtime's own image, so that packages are built and checked on what runs them.</summary>
    public string Image => Runtime.StartsWith("python", StringComparison.Ordinal)
        ? $"public.ecr.aws/lambda/python:{Runtime["python".Length..]}"
        : throw new InvalidOperationException($"service {Service}: runtime {Runtime} has no packaging recipe; add one in LambdaPackage.");

    /// <summary>The handler's module, imported by the check.</summary>
    public string Module => Handler[..Handler.LastIndexOf('.')];

    /// <summary>The handler's function name.</summary>
    public string Function => Handler[(Handler.LastIndexOf('.') + 1)..];
}
