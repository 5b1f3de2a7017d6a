using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Text;

/// <summary>Consecutive patterns go into as few linear-time expressions as fit, in order, none left out.</summary>
public sealed class LinearTimeGroupsTests
{
    private static Regex Compile(IReadOnlyList<string> patterns, int start, int end) =>
        new(string.Join('|', patterns.Skip(start).Take(end - start).Select(p => $"(?:{p})")), RegexOptions.NonBacktracking);

    [Fact]
    public void Patterns_that_fit_make_one_group()
    {
        string[] patterns = ["pier", "quay", "harbour"];

        var groups = LinearTimeGroups.Compile(patterns.Length, (start, end) => Compile(patterns, start, end));

        Assert.Equal((0, 3), Assert.Single(groups) is var (start, end, _) ? (start, end) : default);
    }

    [Fact]
    public void Patterns_past_the_size_limit_are_split_into_consecutive_groups_covering_all_of_them()
    {
        // Counted runs make each pattern large: together they are over the engine's limit.
        var patterns = Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"^.{{0,200}}marker{i}.{{0,400}}$")).ToList();

        var groups = LinearTimeGroups.Compile(patterns.Count, (start, end) => Compile(patterns, start, end));

        Assert.True(groups.Count > 1);
        Assert.Equal(0, groups[0].Start);
        Assert.Equal(patterns.Count, groups[^1].End);
        Assert.All(groups.Zip(groups.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Matches(groups.Single(g => g.Start <= 17 && 17 < g.End).Regex, "the marker17 was found");
    }

    [Fact]
    public void No_patterns_make_no_group()
    {
        Assert.Empty(LinearTimeGroups.Compile(0, (_, _) => throw new InvalidOperationException("nothing to compile")));
    }
}
