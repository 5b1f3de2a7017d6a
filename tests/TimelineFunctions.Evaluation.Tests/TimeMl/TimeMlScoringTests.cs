using TimelineFunctions.Evaluation.TimeMl;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Evaluation.Tests.TimeMl;

/// <summary>The TimeML reader and the TempEval-3 scorer on hand-written documents.</summary>
public class TimeMlScoringTests
{
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>test-1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-04" temporalFunction="false" functionInDocument="CREATION_TIME">20210604</TIMEX3></DCT>
        <TEXT>
        The mayor <EVENT eid="e1">spoke</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-06-03">Thursday</TIMEX3> about roads &amp; bridges.
        Repairs will take <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>, starting <TIMEX3 tid="t3" type="DATE" value="2021-09">in September</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_strips_tags_decodes_entities_and_keeps_offsets()
    {
        var doc = TimeMlDocument.Parse("test-1", Document);
        Assert.Equal(new DateOnly(2021, 6, 4), doc.Dct);
        Assert.Equal(3, doc.Timexes.Count);
        Assert.DoesNotContain("<", doc.Text, StringComparison.Ordinal);
        Assert.Contains("roads & bridges", doc.Text, StringComparison.Ordinal);
        foreach (var t in doc.Timexes)
        {
            Assert.Equal(t.Text, doc.Text[t.Start..t.End]);
        }

        Assert.Equal("Thursday", doc.Timexes[0].Text);
        Assert.Equal("DURATION", doc.Timexes[1].Type);
        Assert.Equal("2021-09", doc.Timexes[2].Value);
    }

    [Fact]
    public void Strict_relaxed_and_value_scores_follow_tempeval3()
    {
        var doc = TimeMlDocument.Parse("test-1", Document);
        var g = doc.Timexes;
        TemporalExpression Sys(int start, int end, TimexType type, string value) =>
            new(start, end - start, doc.Text[start..end], type, value, null, null, null, null, "test");

        var system = new List<TemporalExpression>
        {
            Sys(g[0].Start, g[0].End, TimexType.Date, "2021-06-03"),         // exact span, right value
            Sys(g[1].Start, g[1].End - 6, TimexType.Duration, "P3Y"),        // overlap only, wrong value
            Sys(g[2].Start + 3, g[2].End, TimexType.Date, "2021-09"),        // overlap only, right value
            Sys(0, 3, TimexType.Date, "PRESENT_REF"),                        // spurious
        };
        var comparisons = new List<TimexComparison>();
        var score = TimeMlScorer.Score(doc, system, comparisons);

        Assert.Equal(3, score.Gold);
        Assert.Equal(4, score.System);
        Assert.Equal(1, score.StrictMatches);
        Assert.Equal(3, score.RelaxedMatches);
        Assert.Equal(2, score.CorrectValues);
        Assert.Equal(0.75, score.RelaxedPrecision, 3);
        Assert.Equal(1.0, score.RelaxedRecall, 3);
        Assert.Equal(0.5, score.ValuePrecision, 3);
        Assert.Equal(2.0 / 3, score.ValueRecall, 3);
        Assert.Equal(2 * 0.5 * (2.0 / 3) / (0.5 + (2.0 / 3)), score.ValueF1, 3);
        Assert.Single(comparisons, c => c.Outcome == TimexOutcome.Spurious);
        Assert.Single(comparisons, c => c.Outcome == TimexOutcome.WrongValue);
    }

    [Fact]
    public void Each_gold_is_matched_at_most_once_and_ages_are_ignored()
    {
        var doc = TimeMlDocument.Parse("test-1", Document);
        var g = doc.Timexes[1];
        var system = new List<TemporalExpression>
        {
            new(g.Start, 3, "two", TimexType.Duration, "P2Y", null, null, null, null, "test"),
            new(g.Start + 4, 5, "years", TimexType.Duration, "P2Y", null, null, null, null, "test"),
            new(g.Start, g.End - g.Start, g.Text, TimexType.Duration, "P2Y", null, null, null, null, TemporalExpression.AgeRule),
        };
        var score = TimeMlScorer.Score(doc, system);
        Assert.Equal(2, score.System);
        Assert.Equal(1, score.RelaxedMatches);
    }
}
