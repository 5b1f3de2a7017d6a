using System.CommandLine;
using TimelineFunctions.Evaluation.DevSet;
using TimelineFunctions.Evaluation.Mixed;

namespace TimelineFunctions.Cli.Commands;

/// <summary>
/// <c>timeline evaluate [--corpus DIR]... [--json] [--brief] [--mixed]</c>: runs the application on gold corpora
/// and prints the timeline metrics.
/// </summary>
/// <remarks>
/// Without <c>--corpus</c>, evaluates <c>../shared/eval/dev</c> (next to the repository, when present) and the
/// repository's <c>samples/</c>.
/// </remarks>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var corpus = new Option<string[]>("--corpus") { Description = "A corpus folder (gold/ + articles/). Repeatable. Default: ../shared/eval/dev and samples/.", AllowMultipleArgumentsPerToken = false };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var brief = new Option<bool>("--brief") { Description = "Print the table only, without the per-story detail." };
        var mixed = new Option<bool>("--mixed") { Description = "Upload every article without a story folder, all stories mixed, and report the stories automatic assignment forms." };
        var t17 = new Option<string?>("--t17") { Description = "Measure the summary timeline on Timeline17 folders (DIR, or a folder of them): Date F1, ROUGE, coverage, beside the busiest-days baseline." };
        var command = new Command("evaluate", "Evaluate the timelines the application builds against gold timelines.") { corpus, json, brief, mixed, t17 };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(t17) is { } t17Dir)
            {
                return await T17Run.RunAsync(t17Dir, cancellationToken);
            }

            var corpora = parse.GetValue(corpus) is { Length: > 0 } given ? [.. given.Select(Path.GetFullPath)] : DefaultCorpora();
            if (corpora.Count == 0)
            {
                await Console.Error.WriteLineAsync("No corpus given and none found (run inside the repository, or pass --corpus DIR).");
                return 2;
            }

            var missing = corpora.Where(c => !CorpusLocator.IsCorpus(c)).ToList();
            if (missing.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Not an evaluation corpus (needs gold/ and articles/): {string.Join(", ", missing)}");
                return 2;
            }

            if (parse.GetValue(mixed))
            {
                var allCorrect = true;
                foreach (var c in corpora)
                {
                    var mixedReport = await new MixedEvaluator().EvaluateAsync(c, cancellationToken);
                    allCorrect &= mixedReport.Correct;
                    await Console.Out.WriteLineAsync(mixedReport.ToText());
                }

                return allCorrect ? 0 : 1;
            }

            var report = await new DevSetEvaluator().EvaluateAsync(corpora, cancellationToken);
            await Console.Out.WriteAsync(parse.GetValue(json) ? ReportPrinter.ToJson(report) + Environment.NewLine : ReportPrinter.ToText(report, !parse.GetValue(brief)));
            return CorpusErrorExit(report);
        });
        return command;
    }

    /// <summary>3 when a gold story has no articles or names an article no file holds: its figures mean nothing.</summary>
    private static int CorpusErrorExit(EvaluationReport report)
    {
        var errors = report.Stories.SelectMany(s => s.CorpusErrors.Select(e => $"{s.Corpus}/{s.Story}: {e}")).ToList();
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"corpus error: {error}");
        }

        return errors.Count == 0 ? 0 : 3;
    }

    private static List<string> DefaultCorpora()
    {
        var root = CorpusLocator.FindRepoRoot(Environment.CurrentDirectory) ?? CorpusLocator.FindRepoRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            return [];
        }

        var corpora = new List<string>();
        var dev = CorpusLocator.DevSet(root);
        if (CorpusLocator.IsCorpus(dev))
        {
            corpora.Add(dev);
        }
        else
        {
            Console.Error.WriteLine($"note: the dev set is not at {dev}; evaluating samples/ only.");
        }

        corpora.Add(CorpusLocator.Samples(root));
        return corpora;
    }
}
