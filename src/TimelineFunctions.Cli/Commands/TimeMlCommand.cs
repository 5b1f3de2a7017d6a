using System.CommandLine;
using System.Globalization;
using TimelineFunctions.Evaluation.TimeMl;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Cli.Commands;

/// <summary>
/// <c>timeline timeml [--corpus DIR]... [--examples N]</c>: TempEval-3 style scores of the temporal tagger on TimeML
/// corpora (default: shared/data/timeml found in the current directory or a parent), per corpus and overall, the
/// most frequent errors, and the tagging speed.
/// </summary>
public static class TimeMlCommand
{
    public static Command Create()
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "A folder of .tml files, or a folder of such folders (repeatable). Default: shared/data/timeml beside the repository.",
            AllowMultipleArgumentsPerToken = false,
        };
        var examples = new Option<int>("--examples")
        {
            Description = "How many of the most frequent error strings to list per category.",
            DefaultValueFactory = _ => 15,
        };
        var show = new Option<string?>("--show")
        {
            Description = "Print every wrong value of this rule name with its context and the DCT.",
        };
        var command = new Command("timeml", "Score the temporal tagger on TimeML corpora (TempEval-3 measures).");
        command.Options.Add(corpus);
        command.Options.Add(examples);
        command.Options.Add(show);
        command.SetAction(parse => Run(parse.GetValue(corpus) ?? [], parse.GetValue(examples), Console.Out, parse.GetValue(show)));
        return command;
    }

    public static int Run(IReadOnlyList<string> corpora, int examples, TextWriter output, string? show = null)
    {
        var folders = new List<string>();
        if (corpora.Count == 0)
        {
            var root = TimeMlEvaluation.FindDefaultCorpusRoot();
            if (root is null)
            {
                output.WriteLine("No TimeML corpus found: no folder shared/data/timeml in the current directory or its parents. Use --corpus DIR.");
                return 2;
            }

            folders.AddRange(TimeMlEvaluation.CorpusFolders(root));
        }
        else
        {
            foreach (var c in corpora)
            {
                if (!Directory.Exists(c))
                {
                    output.WriteLine($"Corpus folder not found: {c}");
                    return 2;
                }

                folders.AddRange(TimeMlEvaluation.CorpusFolders(c));
            }
        }

        var tagger = TemporalTagger.Default;
        var results = folders.Select(f => TimeMlEvaluation.EvaluateFolder(f, tagger)).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"corpus",-10} {"docs",5} {"gold",6} {"sys",6} | {"strict P",8} {"R",6} {"F1",6} | {"relax P",8} {"R",6} {"F1",6} | {"value F1",8} {"acc",6} | {"type acc",8}"));
        foreach (var r in results)
        {
            Print(output, r.Name, r.Documents, r.Score);
        }

        var total = results.Aggregate(TimeMlScore.Zero, (a, r) => a + r.Score);
        Print(output, "overall", results.Sum(r => r.Documents), total);

        var chars = results.Sum(r => r.Characters);
        var seconds = results.Sum(r => r.TaggingTime.TotalSeconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed: {chars:N0} chars tagged in {seconds:F3} s (first pass, includes JIT) = {chars / Math.Max(seconds, 1e-9) / 1e6:F2} M chars/s"));
        var (wall, cpu) = Warm(folders, tagger);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed (warm, 3 timed passes after 2 untimed, one thread): {wall / 1e6:F2} M chars/s wall clock, {cpu / 1e6:F2} M chars/s of process CPU time"));

        var comparisons = results.SelectMany(r => r.Comparisons).ToList();
        Errors(output, "missed", comparisons.Where(c => c.Outcome == TimexOutcome.Missed).Select(c => $"{c.Gold!.Text} [{c.Gold.Type} {c.Gold.Value}]"), examples);
        Errors(output, "spurious", comparisons.Where(c => c.Outcome == TimexOutcome.Spurious).Select(c => $"{c.System!.Text} [{c.System.Rule}]"), examples);
        Errors(output, "wrong value", comparisons.Where(c => c.Outcome == TimexOutcome.WrongValue).Select(c => $"{c.Gold!.Text} gold={c.Gold.Value} sys={c.System!.Value} [{c.System.Rule}]"), examples);
        Errors(output, "wrong value by rule", comparisons.Where(c => c.Outcome == TimexOutcome.WrongValue).Select(c => c.System!.Rule), examples);
        Errors(output, "span differs (relaxed only)", comparisons.Where(c => c.Gold is not null && c.System is not null && (c.Gold.Start != c.System.Start || c.Gold.End != c.System.End)).Select(c => $"gold '{c.Gold!.Text}' sys '{c.System!.Text}'"), examples);
        output.WriteLine();
        output.WriteLine("by rule: system / relaxed match / value correct");
        foreach (var g in comparisons.Where(c => c.System is not null).GroupBy(c => c.System!.Rule, StringComparer.Ordinal).OrderByDescending(g => g.Count()))
        {
            var matched = g.Count(c => c.Gold is not null);
            var correct = g.Count(c => c.Outcome == TimexOutcome.Correct);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Key,-32} {g.Count(),5} {matched,5} {correct,5}"));
        }

        if (show is not null)
        {
            Show(output, folders, comparisons, show);
        }

        return 0;
    }

    private static void Show(TextWriter output, List<string> folders, List<TimexComparison> comparisons, string rule)
    {
        var texts = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.tml")).Select(TimeMlDocument.Load).ToDictionary(d => d.Id, StringComparer.Ordinal);
        output.WriteLine();
        foreach (var c in comparisons.Where(c => c.System is not null && (c.System.Rule == rule || rule == "*") && c.Outcome is TimexOutcome.WrongValue or TimexOutcome.Spurious))
        {
            var d = texts[c.DocumentId];
            var s = c.System!;
            var from = Math.Max(0, s.Start - 70);
            var to = Math.Min(d.Text.Length, s.End + 30);
            var context = d.Text[from..s.Start] + "[[" + s.Text + "]]" + d.Text[s.End..to];
            output.WriteLine($"{d.Dct:yyyy-MM-dd ddd} gold={c.Gold?.Value ?? "-"} sys={s.Value} :: {context.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Chars/s over three passes, by wall clock and by process CPU time (robust on a busy machine).</summary>
    private static (double Wall, double Cpu) Warm(List<string> folders, TemporalTagger tagger)
    {
        var docs = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.tml")).Select(TimeMlDocument.Load).ToList();
        foreach (var d in docs)
        {
            _ = tagger.Tag(d.Text, d.Dct); // one more untimed pass so tiered JIT settles
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long chars = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var d in docs)
            {
                _ = tagger.Tag(d.Text, d.Dct);
                chars += d.Text.Length;
            }
        }

        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
        return (chars / watch.Elapsed.TotalSeconds, chars / Math.Max(cpu, 1e-9));
    }

    private static void Print(TextWriter output, string name, int docs, TimeMlScore s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10} {docs,5} {s.Gold,6} {s.System,6} | {s.StrictPrecision,8:P1} {s.StrictRecall,6:P1} {s.StrictF1,6:P1} | {s.RelaxedPrecision,8:P1} {s.RelaxedRecall,6:P1} {s.RelaxedF1,6:P1} | {s.ValueF1,8:P1} {s.ValueAccuracy,6:P1} | {s.TypeAccuracy,8:P1}"));

    private static void Errors(TextWriter output, string title, IEnumerable<string> items, int top)
    {
        var groups = items.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine($"{title}: {groups.Sum(g => g.Count())}");
        foreach (var g in groups.Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Count(),4}  {g.Key}"));
        }
    }
}
