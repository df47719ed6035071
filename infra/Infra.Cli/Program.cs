using Infra.Cli;

return InfraCli.Run(args, Console.Out, Console.Error);
