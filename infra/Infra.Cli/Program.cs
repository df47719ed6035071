using Infra.Cli;

// The composition root: the one place the real clock is chosen.
return InfraCli.Run(args, Console.Out, Console.Error, TimeProvider.System);
