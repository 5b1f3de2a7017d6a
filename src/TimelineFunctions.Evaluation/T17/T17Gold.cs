using System.Text.Json;

namespace TimelineFunctions.Evaluation.T17;

/// <summary>A Timeline17 gold timeline: its dates in order, each with its sentences.</summary>
public sealed record T17Gold(string Name, IReadOnlyList<T17GoldDate> Dates)
{
    /// <summary>The gold's average number of sentences per date, rounded, at least 1: the summary's K.</summary>
    public int SentencesPerDate => Dates.Count == 0 ? 1 : Math.Max(1, (int)Math.Round((double)Dates.Sum(d => d.Sentences.Count) / Dates.Count, MidpointRounding.AwayFromZero));

    public static T17Gold Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var root = doc.RootElement;
        var name = root.TryGetProperty("timeline", out var t) && t.GetString() is { } n ? n : Path.GetFileName(Path.GetDirectoryName(file)) ?? file;
        return new T17Gold(name, Join(root.GetProperty("entries").EnumerateArray()
            .Select(e => (DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd"), e.GetProperty("sentences").EnumerateArray().Select(s => s.GetString() ?? "").ToList()))));
    }

    public static IReadOnlyList<T17GoldDate> Join(IEnumerable<(DateOnly Date, List<string> Sentences)> entries) =>
        [.. entries.GroupBy(e => e.Date).OrderBy(g => g.Key).Select(g => new T17GoldDate(g.Key, [.. g.SelectMany(e => e.Sentences)]))];
}
