using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>The trigger scan finds what one alternation of all the patterns would, however many expressions they need (invented text).</summary>
public sealed class TriggerScannerTests
{
    private const string Text =
        "The old pier collapsed on Tuesday. Divers rescued four anglers and pulled two men out of the water; "
        + "the harbour reopened after officials lifted the ban. Crews found the pier marker-17 and marker-170 "
        + "near the quay, and marker-1700 washed up later, the mayor announced.";

    // Overlapping patterns in a deliberate order: an earlier, shorter one must win where the alternation would take it.
    private static readonly string[] Base =
    [
        "collapsed|collapse",
        "rescued|pulled \\w+ \\w+ out",
        "pulled",
        "reopened|lifted(?: the ban)?",
        "lifted the",
        "marker-17",
        "marker-1700|marker-170",
        "announced",
    ];

    [Fact]
    public void Few_patterns_need_one_expression()
    {
        Assert.Equal(1, new TriggerScanner(Base).GroupCount);
    }

    [Fact]
    public void Patterns_past_the_size_limit_are_split_and_still_match_as_one_alternation()
    {
        // Counted repetitions make each filler pattern large, so the whole list is over the linear-time size limit.
        var filler = Enumerable.Range(0, 300).Select(i => string.Create(CultureInfo.InvariantCulture, $"zq{i}(?:[\\s,]+[\\w'.-]+){{1,4}}?[\\s,]+qz{i}"));
        string[] patterns = [.. Base.Take(3), .. filler, .. Base.Skip(3)];

        var scanner = new TriggerScanner(patterns);
        var alternation = new Regex($@"\b(?:{string.Join('|', patterns.Select(p => $"(?:{p})"))})\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        var expected = alternation.Matches(Text).Select(m => (m.Index, m.Length)).ToList();

        Assert.True(scanner.GroupCount > 1);
        Assert.Equal(expected, scanner.Matches(Text));
        Assert.Contains(expected, m => Text.Substring(m.Index, m.Length) == "pulled two men out");
        Assert.Contains(expected, m => Text.Substring(m.Index, m.Length) == "lifted the ban");
        Assert.Contains(expected, m => Text.Substring(m.Index, m.Length) == "marker-1700");
    }
}
