using System.Globalization;
using System.Text;

namespace TimelineFunctions.Evaluation.T17;

/// <summary>The Timeline17 table: per folder and on average, the summary beside the baseline, coverage and run times.</summary>
public static class T17Printer
{
    public static string ToText(IReadOnlyList<T17FolderReport> folders)
    {
        var text = new StringBuilder();
        text.AppendLine("| folder | articles | L | K | events | Date F1 | R1 | R2 | aligned R1 | aligned R2 | baseline Date F1 | baseline aligned R2 | coverage | ingest | summary |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var f in folders)
        {
            text.AppendLine(Row(f.Folder, $"{f.Articles}", $"{f.GoldDates}", $"{f.SentencesPerDate}", $"{f.TimelineEvents}", f.Summary, f.Baseline, $"{Pct(f.Coverage)} ({f.Covered}/{f.GoldDates})", $"{f.IngestTime.TotalSeconds:0.0} s", $"{f.SummaryTime.TotalSeconds:0.0} s"));
        }

        if (folders.Count > 1)
        {
            var covered = folders.Sum(f => f.Covered);
            var total = folders.Sum(f => f.GoldDates);
            text.AppendLine(Row(
                "**average**",
                $"{folders.Sum(f => f.Articles)}",
                "",
                "",
                $"{folders.Sum(f => f.TimelineEvents)}",
                T17Score.Average([.. folders.Select(f => f.Summary)]),
                T17Score.Average([.. folders.Select(f => f.Baseline)]),
                $"{Pct(total == 0 ? 0 : (double)covered / total)} ({covered}/{total})",
                $"{folders.Sum(f => f.IngestTime.TotalSeconds):0.0} s",
                $"{folders.Sum(f => f.SummaryTime.TotalSeconds):0.0} s"));
        }

        text.AppendLine();
        foreach (var f in folders.Where(f => f.MissedDates.Count + f.ExtraDates.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.Folder}: missed {Dates(f.MissedDates)}; chosen, not in the gold: {Dates(f.ExtraDates)}");
        }

        text.AppendLine();
        text.AppendLine("L: gold dates, asked of the summary; K: the gold's average sentences per date. R1/R2: concatenated ROUGE-1/2 F1; aligned: date-aligned ROUGE F1.");
        text.AppendLine("coverage: gold dates on which the full timeline has a day-precise event whose wording matches a gold sentence of the date.");
        text.AppendLine("Targets: Date F1 >= 0.70 on average and above the baseline on every folder; aligned R2 >= 0.08 on average; coverage >= 75%.");
        return text.ToString();
    }

    private static string Row(string name, string articles, string l, string k, string events, T17Score s, T17Score b, string coverage, string ingest, string summary) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {articles} | {l} | {k} | {events} | {s.DateF1:0.000} | {s.Rouge1:0.000} | {s.Rouge2:0.000} | {s.AlignedRouge1:0.000} | {s.AlignedRouge2:0.000} | {b.DateF1:0.000} | {b.AlignedRouge2:0.000} | {coverage} | {ingest} | {summary} |");

    private static string Dates(IReadOnlyList<(DateOnly Date, int? Rank)> dates) =>
        dates.Count == 0 ? "none" : string.Join(", ", dates.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Date:yyyy-MM-dd} (rank {(d.Rank is { } r ? r.ToString(CultureInfo.InvariantCulture) : "-")})")));

    private static string Pct(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:0}%");
}
