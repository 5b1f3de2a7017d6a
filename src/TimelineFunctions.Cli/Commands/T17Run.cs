using TimelineFunctions.Evaluation.T17;

namespace TimelineFunctions.Cli.Commands;

/// <summary><c>timeline evaluate --t17 DIR</c>: the summary timeline measured on each Timeline17 folder, then the table.</summary>
internal static class T17Run
{
    public static async Task<int> RunAsync(string dir, CancellationToken cancellationToken)
    {
        var folders = T17Evaluator.Folders(Path.GetFullPath(dir));
        if (folders.Count == 0)
        {
            await Console.Error.WriteLineAsync($"No Timeline17 folder (gold-timeline.json + articles/) at {dir}.");
            return 2;
        }

        var evaluator = new T17Evaluator();
        var reports = new List<T17FolderReport>();
        foreach (var folder in folders)
        {
            await Console.Error.WriteLineAsync($"t17: {Path.GetFileName(folder)}");
            reports.Add(await evaluator.EvaluateAsync(folder, cancellationToken));
        }

        await Console.Out.WriteAsync(T17Printer.ToText(reports));
        return 0;
    }
}
