using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>Statements and the actions their speakers told of (<see cref="ActionStatements"/>, <see cref="StatementsByDay"/>).</summary>
public sealed class ActionStatementsTests
{
    [Fact]
    public void What_was_said_and_what_was_done_stay_two_events_when_the_speaker_did_not_tell_the_action()
    {
        var (dated, _) = Assemble(
            Report("a", "statement", "The ministry said China deported the defectors on Monday.", Day("2023-10-09"), Ministry),
            Report("b", "deportation", "China deported the defectors on Monday, the ministry said.", Day("2023-10-09"), Ministry));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void One_speakers_statements_on_one_day_in_two_outlets_are_one_statement()
    {
        var speaker = Actor("wang-wenbin", "person", "speaker");
        var (dated, _) = Assemble(
            Report("a", "statement", "Wang Wenbin denied that there were defectors in China.", Day("2023-10-12"), speaker),
            Report("b", "statement", "The spokesman said Beijing handles illegal migrants under domestic law.", Day("2023-10-12"), speaker));

        Assert.Equal(2, Assert.Single(dated).SourceCount);
    }

    /// <summary>
    /// A remark told only by a quotation is left off the timeline unless it joins another report of what its speaker
    /// said that day, which it then stands beside as a source.
    /// </summary>
    [Theory]
    [InlineData("The Harbour Workers Union said it would strike on Friday.", 1, 2)]
    [InlineData(null, 0, 0)]
    public void A_lone_quotation_is_colour_and_one_beside_its_speakers_statement_is_a_source(string? statement, int expectedEvents, int expectedSources)
    {
        var union = Actor("harbour-workers-union", "organization", "speaker");
        var quotation = Report("a", "statement", "\"We have waited long enough,\" the union said.", Day("2027-04-13"), union);
        EventContribution[] reports = statement is null ? [quotation] : [quotation, Report("b", "statement", statement, Day("2027-04-13"), union)];

        var (dated, _) = Assemble(reports);

        Assert.Equal((expectedEvents, expectedSources), (dated.Count, dated.Sum(e => e.Sources.Count)));
    }

    /// <summary>
    /// A speaker the extractor found no actor for is known by the phrase that names it, when that phrase has two
    /// words of content or more: one word ("Officials", "Police") names no one in particular.
    /// </summary>
    [Theory]
    [InlineData("Caldria's foreign ministry", "The foreign ministry", 1)]
    [InlineData("Caldria's foreign ministry", "The interior ministry", 2)]
    [InlineData("Officials", "Officials", 2)]
    public void A_speaker_with_no_actor_is_known_by_the_phrase_that_names_it(string first, string second, int expectedEvents)
    {
        var (dated, _) = Assemble(
            Report("a", "statement", $"{first} said a journalist had been detained at the airport.", Day("2027-04-13")) with { Attribution = first },
            Report("b", "statement", $"{second} confirms she is in custody.", Day("2027-04-13")) with { Attribution = second });

        Assert.Equal(expectedEvents, dated.Count);
    }

    [Theory]
    [InlineData("The Halvorsen Health Trust said its ambulance diversion would stay.", 2)]
    [InlineData("The Halvorsen Health Trust said it would not pay.", 1)]
    public void One_speakers_words_on_two_days_are_two_statements_unless_they_are_the_same_words(string secondDay, int expectedEvents)
    {
        // The speaker's name alone gives the two sentences much of their content.
        var trust = Actor("halvorsen-health-trust", "organization", "speaker");
        var (dated, _) = Assemble(
            Report("a", "statement", "The Halvorsen Health Trust said it would not pay.", Day("2025-10-13"), trust),
            Report("b", "statement", secondDay, Day("2025-10-14"), trust));

        Assert.Equal(expectedEvents, dated.Count);
    }

    [Theory]
    [InlineData("halvorsen", 1)]
    [InlineData("brenn-yards", 2)]
    public void A_bodys_statement_and_its_spokespersons_on_one_day_are_one_statement_and_another_bodys_are_not(string spokenFor, int expectedEvents)
    {
        var (dated, _) = Assemble(
            Report("a", "statement", "Halvorsen said it was grateful for the regulator's review.", Day("2025-10-13"), Actor("halvorsen", "organization", "speaker")),
            Report("b", "statement", "The spokeswoman Ida Brenn said the yard welcomed the regulator's decision.", Day("2025-10-13"),
                Actor("ida-brenn", "person", "speaker"), Actor(spokenFor, "organization", "speaks-for")));

        Assert.Equal(expectedEvents, dated.Count);
    }

    [Theory]
    [InlineData("halvorsen", 1)]
    [InlineData("brenn-yards", 2)]
    public void What_a_bodys_spokesperson_said_on_the_day_the_body_told_an_action_joins_that_action(string spokenFor, int expectedEvents)
    {
        var (dated, _) = Assemble(
            Report("a", "suspension", "Halvorsen suspended its ferry service on Monday, the company said.", Day("2025-10-13"),
                Actor("halvorsen", "organization", "speaker"), Actor("ferry-service", "organization", "target")),
            Report("a", "statement", "The spokeswoman Ida Brenn said passengers would get their money back.", Day("2025-10-13"),
                Actor("ida-brenn", "person", "speaker"), Actor(spokenFor, "organization", "speaks-for")) with
            { Ordinal = 1 });

        Assert.Equal(expectedEvents, dated.Count);
    }

    [Theory]
    [InlineData("halvorsen", 1)]
    [InlineData("brenn-yards", 2)]
    public void What_a_bodys_spokesperson_said_on_the_day_the_body_did_an_action_joins_that_action(string spokenFor, int expectedEvents)
    {
        var (dated, _) = Assemble(
            Report("a", "recall", "Halvorsen recalled three cheeses on Monday.", Day("2025-10-13"),
                Actor("halvorsen", "organization", "agent")),
            Report("b", "statement", "Spokeswoman Ida Brenn said the company had decided to act as soon as the test came back.", Day("2025-10-13"),
                Actor("ida-brenn", "person", "speaker"), Actor(spokenFor, "organization", "speaks-for")));

        Assert.Equal(expectedEvents, dated.Count);
    }

    [Fact]
    public void An_undated_statement_does_not_join_what_another_speaker_said_however_alike_the_words()
    {
        var (dated, undated) = Assemble(
            Report("a", "statement", "Halvorsen announced plans to acquire Brenn Yards for $95 per share.", Day("2024-01-18"),
                Actor("halvorsen", "organization", "speaker"), Actor("brenn-yards", "organization", "target")),
            Report("b", "statement", "The regulator blocked the takeover, provoking a furious response from Halvorsen and Brenn Yards, who said the country was closed for business.", null,
                Actor("brenn-yards", "organization", "speaker"), Actor("halvorsen", "organization", "agent")));

        Assert.Equal((1, 1), (Assert.Single(dated).SourceCount, undated.Count));
    }

    [Fact]
    public void One_speakers_statements_on_one_day_in_one_article_are_one_statement_with_each_sentence_as_a_source()
    {
        var speaker = Actor("wang-wenbin", "person", "speaker");
        var (dated, _) = Assemble(
            Report("a", "statement", "Wang Wenbin denied that there were defectors in China.", Day("2023-10-12"), speaker),
            Report("a", "statement", "The spokesman said Beijing handles illegal migrants under domestic law.", Day("2023-10-12"), speaker) with { Ordinal = 1 },
            Report("a", "statement", "Another spokesman said the border was calm.", Day("2023-10-12"), Actor("mao-ning", "person", "speaker")) with { Ordinal = 2 });

        var statement = Assert.Single(dated, e => e.Sources.Count == 2);
        Assert.Equal((1, 2), (statement.SourceCount, dated.Count));
    }

    [Fact]
    public void Two_different_actions_one_speaker_told_of_on_one_day_stay_apart()
    {
        var speaker = Actor("imelda-strauch", "person", "speaker");
        var (dated, _) = Assemble(
            Report("a", "restoration", "Crews cleared the last tank car from the track on Tuesday.", Day("2025-03-04"), speaker),
            Report("b", "restoration", "The water intake at the pumping station reopened on Tuesday.", Day("2025-03-04"), speaker));

        Assert.Equal(2, dated.Count);
    }

    [Theory]
    [InlineData("shannon-gilreath", "2024-03-26", 1)]
    [InlineData("wes-moore", "2024-03-26", 2)]
    [InlineData("shannon-gilreath", "2024-03-27", 2)]
    public void What_someone_said_on_the_day_they_told_of_a_action_joins_that_action(string speaker, string day, int expectedEvents)
    {
        var reports = new[]
        {
            Report("wire", "suspension", "Active search and rescue efforts were suspended at 7:30 pm, Rear Admiral Shannon Gilreat told reporters.", Day("2024-03-26"), Actor("shannon-gilreat", "person", "speaker"), Actor("us-coast-guard")),
            Report("daily", "statement", "He said they did not believe they were going to find any of these individuals still alive.", Day(day), Actor(speaker, "person", "speaker")),
        };

        var (dated, _) = Assemble(reports);

        Assert.Equal(expectedEvents, dated.Count);
        Assert.Single(dated, e => e.Type == "suspension");
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }
}
