using Infra.Generator;

// The L1 resource bindings: `dotnet run --project infra/Infra.Generator` writes them, `-- --check` fails (exit 1)
// when the committed files differ from what the schemas and overrides produce. Exit 2: bad input or usage.
try
{
    var check = args switch
    {
        [] => false,
        ["--check"] => true,
        _ => throw new GeneratorException($"unknown arguments '{string.Join(' ', args)}': run with no argument to write, or --check to compare."),
    };
    return GeneratorRun.Run(RepositoryRoot.Find(Directory.GetCurrentDirectory()), check, Console.Out);
}
catch (GeneratorException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
