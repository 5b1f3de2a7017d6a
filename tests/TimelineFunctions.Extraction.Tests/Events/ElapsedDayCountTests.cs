using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A page with no date names its present by a count of days from a month and day it gives (invented text).</summary>
public sealed class ElapsedDayCountTests
{
    [Theory]
    [InlineData("The dockers walked out on March 3. As the strike entered its 12th day on Friday, talks stalled.", 3, 14, DayOfWeek.Friday)]
    [InlineData("The ferry sank on the night of June 30. The search went into its third day on Sunday.", 7, 2, DayOfWeek.Sunday)]
    [InlineData("The blockade began on December 28. Tuesday, the 9th day of the blockade, brought no relief.", 1, 5, DayOfWeek.Tuesday)]
    [InlineData("Crews began pumping on April 2. Monday was the tenth day of pumping.", 4, 11, DayOfWeek.Monday)]
    public void The_count_names_the_day_that_many_days_after_the_first_counting_that_day_as_the_first(string text, int month, int day, DayOfWeek weekday)
    {
        var count = ElapsedDayCount.Find(text, TemporalTagger.Default.Tag(text, null));

        Assert.Equal(new YearlessDay(month, day, weekday), count?.Day);
        Assert.Contains(weekday.ToString(), text.Substring(count!.Start, count.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void The_count_runs_from_the_earliest_day_the_page_names()
    {
        const string text = "On May 9 unions met the minister, a week after the strike began on May 2. The strike entered its 8th day on Tuesday.";

        Assert.Equal(new YearlessDay(5, 9, DayOfWeek.Tuesday), ElapsedDayCount.Find(text, TemporalTagger.Default.Tag(text, null))?.Day);
    }

    [Theory]
    [InlineData("The strike entered its 12th day on Friday, and talks stalled.")]
    [InlineData("The dockers walked out on March 3 and stayed out for twelve days.")]
    [InlineData("The dockers walked out on March 3. On Friday, a second day of talks began.")]
    public void Without_a_count_on_a_weekday_or_a_day_to_count_from_there_is_none(string text)
    {
        Assert.Null(ElapsedDayCount.Find(text, TemporalTagger.Default.Tag(text, null)));
    }
}
