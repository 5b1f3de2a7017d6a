using System.CommandLine;
using TimelineFunctions.Cli.Commands;

var root = new RootCommand("timeline: extract, evaluate, upload, show.");
root.Subcommands.Add(TimeMlCommand.Create());
return root.Parse(args).Invoke();
