using Infra.App;
using Infra.Cli;

// The composition root: the one place that names the app the library synthesizes, checks and deploys.
return InfraCli.Run(new PlatformProgram(), args, Console.Out, Console.Error, scale => new PlatformProgram(scale));
