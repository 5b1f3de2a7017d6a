using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// The cost of assembling a story's timeline (merging every report into events) as the story grows, on one core.
/// With candidates looked up by month and actor, the cost per report should stay about flat from 10 to 10,000
/// reports; a whole-story comparison would grow with the story.
/// </summary>
[Config(typeof(MergeConfig))]
public class MergeBenchmarks
{
    private IReadOnlyList<ArticleRecord> _articles = [];
    private IReadOnlyList<EventContribution> _reports = [];

    [Params(10, 100, 1_000, 10_000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup() => (_articles, _reports) = SyntheticStory.Create(Reports, seed: 42);

    [Benchmark]
    public int Assemble()
    {
        var (dated, undated) = TimelineAssembler.Assemble(_articles, _reports);
        return dated.Count + undated.Count;
    }

    private sealed class MergeConfig : ManualConfig
    {
        public MergeConfig()
        {
            AddJob(Job.ShortRun.WithAffinity(1).WithId("ShortRun-1core"));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}
