using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// A short job (3 warm-ups, 3 iterations, 1 launch) pinned to one core, the memory diagnoser, and the throughput
/// columns: bytes and articles per operation, MB/s, articles/s and allocations per article.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(OneCoreJob.Create());
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(
            new ThroughputColumn("Articles/op", (c, _, _) => c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new ThroughputColumn("KB/op", (c, _, _) => (c.Bytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)),
            new ThroughputColumn("MB/s", (c, mean, _) => Format(c.Bytes / 1e6 / (mean / 1e9), "0.00")),
            new ThroughputColumn("Articles/s", (c, mean, _) => Format(c.Count / (mean / 1e9), "0")),
            new ThroughputColumn("Alloc/article", (c, _, allocated) => allocated is null ? "?" : Format(allocated.Value / 1024.0 / c.Count, "0.0") + " KB"));
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
    }

    private static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "?";
}

/// <summary>A column computed from the case's corpus, its mean time per operation (ns) and bytes allocated per operation.</summary>
public sealed class ThroughputColumn(string name, Func<ArticleCorpus, double, long?, string> value) : IColumn
{
    public string Id => $"{nameof(ThroughputColumn)}.{ColumnName}";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name switch
    {
        "MB/s" => "Megabytes (10^6) of article input analysed per second on one core",
        "Articles/s" => "Articles analysed per second on one core",
        "Alloc/article" => "Managed memory allocated per article (Allocated / Articles/op)",
        "KB/op" => "Kilobytes of article input per operation",
        _ => "Articles analysed per operation",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Value is ArticleCorpus)?.Value is not ArticleCorpus corpus)
        {
            return "?";
        }

        var report = summary[benchmarkCase];
        var mean = report?.ResultStatistics?.Mean ?? double.NaN;
        long? allocated = report is null ? null : report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return value(corpus, mean, allocated);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
