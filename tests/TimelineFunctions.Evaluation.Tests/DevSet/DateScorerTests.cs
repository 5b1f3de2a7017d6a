using TimelineFunctions.Evaluation.DevSet;
using static TimelineFunctions.Evaluation.Tests.DevSet.Synthetic;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

public class DateScorerTests
{
    private static GoldEvent Gold(string date, string granularity, params GoldDate[] alt) =>
        new("g", Day(date), granularity, null, "", [], [], "core", alt);

    [Fact]
    public void Same_day_is_exact_and_the_next_day_is_wrong()
    {
        Assert.Equal(DateVerdict.Exact, DateScorer.Score(Gold("2024-03-26", "day"), OnDay("2024-03-26")));
        Assert.Equal(DateVerdict.Wrong, DateScorer.Score(Gold("2024-03-26", "day"), OnDay("2024-03-27")));
    }

    [Fact]
    public void A_system_week_containing_the_gold_monday_is_exact()
    {
        Assert.Equal(DateVerdict.Exact, DateScorer.Score(Gold("2024-05-13", "week"), Week("2024-05-13", "2024-W20")));
        Assert.Equal(DateVerdict.Wrong, DateScorer.Score(Gold("2024-05-13", "week"), Week("2024-05-06", "2024-W19")));
    }

    [Fact]
    public void A_system_day_inside_the_gold_week_is_compatible_not_exact()
    {
        Assert.Equal(DateVerdict.Compatible, DateScorer.Score(Gold("2024-05-13", "week"), OnDay("2024-05-15")));
        Assert.Equal(DateVerdict.Wrong, DateScorer.Score(Gold("2024-05-13", "week"), OnDay("2024-05-20")));
    }

    [Fact]
    public void A_system_week_around_the_gold_day_is_compatible()
    {
        Assert.Equal(DateVerdict.Compatible, DateScorer.Score(Gold("2024-05-15", "day"), Week("2024-05-13", "2024-W20")));
    }

    [Fact]
    public void Months_and_years_compare_their_value()
    {
        Assert.Equal(DateVerdict.Exact, DateScorer.Score(Gold("2022-12-01", "month"), Month(2022, 12)));
        Assert.Equal(DateVerdict.Wrong, DateScorer.Score(Gold("2022-12-01", "month"), Month(2023, 12)));
        Assert.Equal(DateVerdict.Compatible, DateScorer.Score(Gold("2022-12-01", "month"), OnDay("2022-12-09")));
        Assert.Equal(DateVerdict.Exact, DateScorer.Score(Gold("2019-01-01", "year"), Year(2019)));
        Assert.Equal(DateVerdict.Compatible, DateScorer.Score(Gold("2019-01-01", "year"), Month(2019, 6)));
    }

    [Fact]
    public void An_alternative_date_counts_as_exact()
    {
        var gold = Gold("2024-04-01", "day", new GoldDate(Day("2024-04-03"), "day"));

        Assert.Equal(DateVerdict.Exact, DateScorer.Score(gold, OnDay("2024-04-03")));
        Assert.Equal(DateVerdict.Wrong, DateScorer.Score(gold, OnDay("2024-04-02")));
    }

    [Fact]
    public void No_system_date_is_missing()
    {
        Assert.Equal(DateVerdict.Missing, DateScorer.Score(Gold("2024-04-01", "day"), null));
    }
}
