using BenchmarkDotNet.Attributes;
using TimelineFunctions.Extraction;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// One operation analyses every article of <see cref="Corpus"/> once with <see cref="ArticleAnalyzer.Default"/>, on
/// one thread (the job pins the process to one core). The throughput columns turn the time per operation into
/// articles/s and MB/s; the memory diagnoser's allocation per operation is also shown per article.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    [ParamsSource(nameof(Corpora))]
    public ArticleCorpus Corpus { get; set; } = null!;

    public static IEnumerable<ArticleCorpus> Corpora() => ArticleCorpus.All();

    [Benchmark]
    public int Analyze() => Corpus.AnalyzeAll();
}
