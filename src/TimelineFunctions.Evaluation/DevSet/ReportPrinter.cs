using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>Writes an <see cref="EvaluationReport"/> as a console table with debugging detail, or as JSON.</summary>
public static class ReportPrinter
{
    private static readonly string[] Headers = ["story", .. Metric.Columns.Select(m => m.Column), "leaks"];

    /// <summary>The corpus the targets are set on (<c>../shared/eval/dev</c>).</summary>
    public const string TargetCorpus = "dev";

    public static string ToJson(EvaluationReport report) => JsonSerializer.Serialize(
        new
        {
            createdAt = report.CreatedAt,
            overall = new { counts = report.Counts, metrics = report.Metrics },
            targets = new
            {
                coreRecall = Targets.CoreRecall,
                coreRecallRightDate = Targets.CoreRecallRightDate,
                dateExact = Targets.DateExact,
                precision = Targets.Precision,
                duplicateRate = Targets.DuplicateRate,
                sourcesAttached = Targets.SourcesAttached,
                actorRecall = Targets.ActorRecall,
                junkActorRate = Targets.JunkActorRate,
                leaks = Targets.Leaks,
            },
            stories = report.Stories.Select(s => new
            {
                s.Corpus,
                s.Story,
                s.Counts,
                s.Metrics,
                s.MissedCore,
                s.DateErrors,
                s.Leaks,
                s.Duplicates,
                s.Unmatched,
                s.MissedActors,
                s.CoreWithWrongDate,
                s.MissingSources,
                s.JunkActors,
                s.ActorsListed,
                s.IngestProblems,
                s.CorpusErrors,
            }),
        },
        ReadableJson.Options);

    public static string ToText(EvaluationReport report, bool details = true)
    {
        var rows = report.Stories.Select(s => Row($"{s.Corpus}/{s.Story}", s.Counts)).ToList();
        var corpora = report.Stories.GroupBy(s => s.Corpus, StringComparer.Ordinal).ToList();
        if (corpora.Count > 1)
        {
            rows.AddRange(corpora.Select(c => Row($"{c.Key} (all stories)", MetricCounts.Sum(c.Select(s => s.Counts)))));
        }

        rows.Add(Row("overall", report.Counts));
        rows.Add(["target", .. Metric.Columns.Select(TargetCell), Targets.Leaks.ToString(CultureInfo.InvariantCulture)]);

        var text = new StringBuilder();
        var widths = Headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        AppendRow(text, Headers, widths);
        AppendRow(text, [.. widths.Select(w => new string('-', w))], widths);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == report.Stories.Count)
            {
                AppendRow(text, [.. widths.Select(w => new string('-', w))], widths);
            }

            AppendRow(text, rows[i], widths);
        }

        // The targets are set on every story of the dev set: judge them there when it is among the corpora.
        var judged = corpora.FirstOrDefault(c => c.Key == TargetCorpus) is { } dev ? (Name: "each dev story", Stories: dev.ToList()) : (Name: "each story", Stories: report.Stories.ToList());
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Targets ({judged.Name}):");
        foreach (var metric in Metric.Targeted)
        {
            AppendTarget(text, metric.TargetName!, judged.Stories.Where(s => !metric.IsMet(s.Counts)));
        }

        AppendTarget(text, "leaks", judged.Stories.Where(s => s.Counts.Leaks > Targets.Leaks));

        foreach (var story in report.Stories.Where(s => s.CorpusErrors.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Corpus errors in {story.Corpus}/{story.Story}: {string.Join("; ", story.CorpusErrors)}");
        }
        if (details)
        {
            foreach (var story in report.Stories)
            {
                AppendDetails(text, story);
            }
        }

        return text.ToString();
    }

    private static void AppendDetails(StringBuilder text, StoryReport story)
    {
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"== {story.Corpus}/{story.Story}: {story.Counts.SystemEvents} system events, {story.Counts.Gold} gold events");
        foreach (var error in story.CorpusErrors)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  corpus error: {error}");
        }

        foreach (var problem in story.IngestProblems)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ingest problem: {problem}");
        }

        foreach (var missed in story.MissedCore)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  missed core {missed.GoldId} ({missed.Date}): {missed.Summary}");
        }

        foreach (var error in story.DateErrors)
        {
            var system = error.SystemDate is null ? "no date" : $"{error.SystemDate} ({error.SystemGranularity})";
            text.AppendLine(CultureInfo.InvariantCulture, $"  date {error.Verdict.ToString().ToLowerInvariant()} {error.GoldId}: gold {error.GoldDate}, system {system} | {Clip(error.Quote)}");
        }

        foreach (var leak in story.Leaks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  leak {leak.Article} ({leak.Date ?? "undated"}): {leak.Reason} | {Clip(leak.Quote)}");
        }

        foreach (var group in story.Duplicates)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  duplicates of {group.GoldId}:");
            AppendEvents(text, group.Events);
        }

        if (story.Unmatched.Count > 0)
        {
            text.AppendLine("  not in the gold:");
            AppendEvents(text, story.Unmatched);
        }

        if (story.CoreWithWrongDate.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  core found without a right date: {string.Join(", ", story.CoreWithWrongDate)}");
        }

        if (story.MissingSources.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  sources not attached: {string.Join(", ", story.MissingSources)}");
        }

        if (story.MissedActors.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  missed actors: {string.Join(", ", story.MissedActors)}");
        }

        if (story.JunkActors.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  junk actors: {string.Join(" | ", story.JunkActors)}");
        }
    }

    private static void AppendEvents(StringBuilder text, IEnumerable<DuplicateEvent> events)
    {
        foreach (var e in events)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {e.Date ?? "undated"} {e.Type} [{string.Join(", ", e.Articles)}] | {Clip(e.Quote)}");
        }
    }

    private static void AppendTarget(StringBuilder text, string target, IEnumerable<StoryReport> failing)
    {
        var names = failing.Select(s => s.Story).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {target}: {(names.Count == 0 ? "met" : "NOT met on " + string.Join(", ", names))}");
    }

    private static string[] Row(string name, MetricCounts c) =>
        [name, .. Metric.Columns.Select(m => Fraction(m.Numerator(c), m.Denominator(c))), c.Leaks.ToString(CultureInfo.InvariantCulture)];

    private static string TargetCell(Metric metric) =>
        metric.Target is { } target ? (metric.AtMost ? "≤" : "") + Percent(target) : "";

    private static string Fraction(int numerator, int denominator) =>
        denominator == 0 ? "n/a" : $"{Percent((double)numerator / denominator)} ({numerator}/{denominator})";

    private static string Percent(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Clip(string quote)
    {
        var flat = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 100 ? flat : flat[..97] + "...";
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(i == 0 ? cells[i].PadRight(widths[i]) : "  " + cells[i].PadLeft(widths[i]));
        }

        text.AppendLine();
    }
}
