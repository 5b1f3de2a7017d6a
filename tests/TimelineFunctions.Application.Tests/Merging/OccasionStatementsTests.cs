using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>What the parties of an occasion said on its day (<see cref="OccasionStatements"/>).</summary>
public sealed class OccasionStatementsTests
{
    [Theory]
    [InlineData("agent")]
    [InlineData("speaker")]
    public void What_the_parties_of_a_hearing_said_on_its_day_is_one_event_beside_the_hearing_and_anyone_elses_words_stay_apart(string judgeRole)
    {
        var reports = SentencingDay(occasionType: "sentencing", occasionDay: "2024-03-28", judgeRole);

        var (dated, _) = Assemble(reports);

        Assert.Equal(3, dated.Count);
        Assert.Equal(1, Assert.Single(dated, e => e.Type == "sentencing").SourceCount);
        var remarks = Assert.Single(dated, e => e.SourceCount == 2);
        Assert.Equal(["\"He knew", "Bankman-Fried apologized"], remarks.Sources.Select(s => string.Join(' ', s.Quote.Split(' ')[..2])).Order(StringComparer.Ordinal));
        Assert.Single(dated, e => e.Sources.Any(s => s.Quote.StartsWith("U.S. Attorney", StringComparison.Ordinal)) && e.SourceCount == 1);
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Fact]
    public void Two_speakers_words_stay_apart_without_an_occasion_of_theirs_that_day()
    {
        var (dated, _) = Assemble(SentencingDay("sentencing", "2024-03-27"));

        Assert.Equal(4, dated.Count);
    }

    [Fact]
    public void Beside_a_deed_that_is_no_occasion_only_the_doers_words_join_it_and_the_others_stay_apart()
    {
        var (dated, _) = Assemble(SentencingDay("collapse", "2024-03-28"));

        Assert.Equal(3, dated.Count);
        Assert.Equal(2, Assert.Single(dated, e => e.Type == "collapse").Sources.Count);
        Assert.Single(dated, e => e.Type == "apology");
    }

    [Fact]
    public void A_partys_spokesperson_speaks_at_its_occasion_too()
    {
        var (dated, _) = Assemble(
            Report("wire", "meeting", "Halvorsen and Brenn Yards held talks in Oslo on Monday.", Day("2025-10-13"), Actor("halvorsen"), Actor("brenn-yards")),
            Report("wire", "statement", "Halvorsen chief executive Ida Lind said the talks had been frank.", Day("2025-10-13"),
                Actor("ida-lind", "person", "speaker"), Actor("halvorsen", "organization", "speaks-for")) with
            { Ordinal = 1 },
            Report("brief", "statement", "Brenn Yards welcomed a constructive exchange.", Day("2025-10-13"), Actor("brenn-yards", "organization", "speaker")));

        Assert.Equal(2, dated.Count);
        Assert.Equal(2, Assert.Single(dated, e => e.Type == "statement").Sources.Count);
    }

    /// <summary>A day's reports: an event the judge and the defendant take part in, their words on 28 March, and a prosecutor's.</summary>

    private static EventContribution[] SentencingDay(string occasionType, string occasionDay, string judgeRole = "agent") =>
    [
        Report("wire", occasionType, "Judge Lewis Kaplan sentenced Sam Bankman-Fried to 25 years in prison.", Day(occasionDay), Actor("lewis-kaplan", "person", judgeRole), Actor("sam-bankman-fried", "person", "target")),
        Report("wire", "statement", "\"He knew it was wrong,\" Kaplan said to the court before handing down the sentence.", Day("2024-03-28"), Actor("kaplan", "person", "speaker")),
        Report("brief", "apology", "Bankman-Fried apologized to his former colleagues during his remarks.", Day("2024-03-28"), Actor("bankman-fried", "person", "speaker")),
        Report("brief", "statement", "U.S. Attorney Damian Williams said to reporters outside the courthouse that the sentence sent a message.", Day("2024-03-28"), Actor("damian-williams", "person", "speaker")),
    ];
}
