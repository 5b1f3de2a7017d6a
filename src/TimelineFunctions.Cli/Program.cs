using System.CommandLine;
using TimelineFunctions.Cli.Commands;

var root = new RootCommand("TimelineFunctions: build a story's timeline from news articles.")
{
    UploadCommand.Create(),
    ShowCommand.Create(),
    NotifyCommand.Create(),
    ExtractCommand.Create(),
    EvaluateCommand.Create(),
    TimeMlCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
