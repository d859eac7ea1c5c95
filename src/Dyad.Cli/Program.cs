return Dyad.Cli.DyadCli.Run(args);
