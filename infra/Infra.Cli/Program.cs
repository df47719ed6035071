using Infra.App;
using Infra.Cli;

// The composition root: the one place that names the app the library synthesizes, checks and deploys, and the one
// place the real clock is chosen.
return InfraCli.Run(new PlatformProgram(), args, Console.Out, Console.Error, TimeProvider.System);
