using System.Text;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// A set of article inputs analysed in one benchmark operation, with its size (the bytes of article text handed to
/// the engine) so that articles/s and MB/s follow from the time per operation.
/// </summary>
public sealed class ArticleCorpus(string name, IReadOnlyList<ArticleInput> articles)
{
    public string Name { get; } = name;

    public IReadOnlyList<ArticleInput> Articles { get; } = articles;

    public int Count => Articles.Count;

    public long Bytes => Articles.Sum(a => (long)a.Content.Length);

    /// <summary>Analyses every article once with <see cref="ArticleAnalyzer.Default"/>; the events found, so that the work is used.</summary>
    public int AnalyzeAll()
    {
        var events = 0;
        foreach (var article in Articles)
        {
            events += ArticleAnalyzer.Default.Analyze(article).Events.Count;
        }

        return events;
    }

    /// <summary>
    /// Every corpus that exists here: the repository's samples, a synthetic ~200 KB article, and, when present,
    /// <c>../shared/eval/dev</c> and <c>../shared/samples</c> (read at run time, never copied).
    /// </summary>
    public static IEnumerable<ArticleCorpus> All()
    {
        var root = FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"TimelineFunctions.sln not found above {AppContext.BaseDirectory}.");
        var corpora = new List<ArticleCorpus>
        {
            FromFolder("samples", Path.Combine(root, "samples", "articles")),
            new("synthetic-200KB", [new ArticleInput("synthetic.txt", SyntheticArticle.Create(200 * 1024), ArticleFiles.ContentTypeOf("synthetic.txt")!)]),
            FromFolder("shared-dev", Path.Combine(root, "..", "shared", "eval", "dev", "articles")),
            FromFolder("shared-samples", Path.Combine(root, "..", "shared", "samples")),
        };
        return corpora.Where(c => c.Count > 0);
    }

    public override string ToString() => $"{Name} ({Count} art., {Bytes / 1024.0:0.#} KB)";

    private static ArticleCorpus FromFolder(string name, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new ArticleCorpus(name, []);
        }

        var articles = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(ArticleFiles.IsArticle)
            .Order(StringComparer.Ordinal)
            .Select(f => new ArticleInput(Path.GetFileName(f), File.ReadAllBytes(f), ArticleFiles.ContentTypeOf(f)!))
            .Where(IsReadable)
            .ToList();
        return new ArticleCorpus(name, articles);
    }

    /// <summary>Inputs the engine rejects are left out, so every operation measures full analyses.</summary>
    private static bool IsReadable(ArticleInput input)
    {
        try
        {
            ArticleAnalyzer.Default.Analyze(input);
            return true;
        }
        catch (UnreadableArticleException)
        {
            return false;
        }
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TimelineFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

/// <summary>A long plain-text wire story made of varied sentences (people, places, dates, figures), deterministic.</summary>
public static class SyntheticArticle
{
    private static readonly string[] People = ["Mayor Delia Varga", "Inspector Tomas Reyl", "Minister Ana Costel", "spokesman Piet Olander", "Judge Mara Linde", "union leader Ivo Brandt"];
    private static readonly string[] Places = ["Harlow", "the Orrin valley", "Kessel Bay", "the north bank", "Port Alden", "the county courthouse"];
    private static readonly string[] Days = ["on Monday", "on Tuesday evening", "last Thursday", "yesterday", "early on Friday", "this week", "on March 4", "on 12 April 2024", "in January", "last year"];
    private static readonly string[] Templates =
    [
        "{0} said {1} that crews in {2} had finished the first phase of the work.",
        "Officials in {2} confirmed {1} that {3} residents had been moved to shelters, according to {0}.",
        "\"We will not stop until everyone is safe,\" {0} told reporters in {2} {1}.",
        "The inquiry opened {1} in {2}, where {0} heard evidence from {3} witnesses.",
        "About {3} people attended a meeting in {2} {1}, where {0} answered questions for two hours.",
        "{0} announced {1} a fund of {3} million dollars for families in {2}.",
        "Traffic through {2} was halted {1} while engineers inspected the damaged span.",
    ];

    public static byte[] Create(int approximateBytes)
    {
        var random = new Random(20240326);
        var text = new StringBuilder("HARLOW, March 26, 2024 (Wire) - A long developing story, repeated for the benchmark.\n\n");
        while (text.Length < approximateBytes)
        {
            for (var sentence = 0; sentence < 4; sentence++)
            {
                var template = Templates[random.Next(Templates.Length)];
                text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
                    People[random.Next(People.Length)], Days[random.Next(Days.Length)], Places[random.Next(Places.Length)], random.Next(2, 2000)));
                text.Append(' ');
            }

            text.Append("\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
