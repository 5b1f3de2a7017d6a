using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A deed the lead or an update paragraph tells without a date happened by the publication date (invented text).</summary>
public sealed class LeadSentenceTests
{
    private static readonly DateOnly Published = new(2025, 2, 14);

    [Fact]
    public void The_leads_deed_without_a_time_phrase_is_dated_at_publication_with_no_date_text()
    {
        const string text = "The dockers' union has reached a tentative deal with the Port of Harlow. Members will vote on it next month.";

        var deal = Assert.Single(Extract(text, Published), e => e.Type == "agreement");

        Assert.Equal("2025-02-14", deal.Date!.Value);
        Assert.Empty(deal.Date.Texts);
    }

    [Theory]
    [InlineData("The Port of Harlow has signed a deal to sell its ferry arm to Brenn Lines. \"It is a good day,\" said a statement Thursday from the port.", "2025-02-13")]
    [InlineData("The Port of Harlow has signed a deal to sell its ferry arm to Brenn Lines. Yesterday the port's board met in private.", "2025-02-13")]
    [InlineData("The Port of Harlow has signed a deal to sell its ferry arm to Brenn Lines. The board met on Thursday and again on Friday.", "2025-02-14")]
    [InlineData("The Port of Harlow has signed a deal to sell its ferry arm to Brenn Lines. The board first met on Tuesday.", "2025-02-14")]
    [InlineData("The Port of Harlow has signed a deal to sell its ferry arm to Brenn Lines. Its staff learnt of it by email.", "2025-02-14")]
    public void The_leads_deed_is_dated_on_the_day_the_article_tells_when_that_is_the_day_before_its_date(string text, string day)
    {
        var sale = Assert.Single(ExtractTagged(text), e => e.Quote.StartsWith("The Port of Harlow", StringComparison.Ordinal));

        Assert.Equal(day, sale.Date!.Value);
        Assert.Empty(sale.Date.Texts);
    }

    [Fact]
    public void The_statements_after_a_lead_dated_the_day_before_keep_the_pages_date()
    {
        const string text = "The Port of Harlow has signed a deal to sell its ferry arm to Brenn Lines. Staff were told by email, union leader Ida Lind said. "
            + "\"It is a good day,\" said a statement Thursday from the port.";

        var told = Assert.Single(ExtractTagged(text), e => e.Quote.StartsWith("Staff were told", StringComparison.Ordinal));

        Assert.Equal("2025-02-14", told.Date!.Value);
    }

    [Fact]
    public void An_update_stamped_a_day_later_tells_the_news_of_its_own_day()
    {
        const string text = "The board of the Port of Harlow met today to weigh the offer. Both sides kept quiet.\n\n"
            + "Update: The Port of Harlow has signed a deal to sell its ferry arm to Brenn Lines.";
        var update = text.IndexOf("Update:", StringComparison.Ordinal);
        var nextDay = new PublicationDate(Published.AddDays(1), PublicationDateSource.Stamp, "test", 1);
        var dating = new PublicationDating(new PublicationDate(Published, PublicationDateSource.Stamp, "test", 1), [], [new DatedBlock(update, text.Length - update, nextDay)]);

        var events = EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, Published), ActorExtractor.Default.Extract(text), dating);

        Assert.Equal("2025-02-15", Assert.Single(events, e => e.Quote.StartsWith("Update:", StringComparison.Ordinal)).Date!.Value);
    }

    [Theory]
    [InlineData("Thursday", "2025-02-13")]
    [InlineData("yesterday", "2025-02-13")]
    [InlineData("Friday", "2025-02-14")]
    [InlineData("Wednesday", "2025-02-14")]
    public void The_news_day_is_the_day_before_publication_only_when_the_article_names_it_and_not_the_publication_day(string phrase, string expected)
    {
        var text = $"The board met {phrase}.";

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NewsDay.Of(Published, TemporalTagger.Default.Tag(text, Published)));
    }

    [Fact]
    public void A_deed_without_a_time_phrase_later_in_the_body_is_not_dated_at_publication()
    {
        const string text = "Talks went on for weeks at the harbour office. Both sides kept their demands quiet. "
            + "Pay was the main sticking point. The dockers' union reached a tentative deal with the Port of Harlow.";

        Assert.DoesNotContain(Extract(text, Published), e => e.Type == "agreement" && e.Date is not null);
    }

    [Fact]
    public void An_update_paragraph_tells_the_news_of_the_pages_date()
    {
        const string text = "Talks went on for weeks at the harbour office. Both sides kept their demands quiet. "
            + "Pay was the main sticking point.\n\nUpdate: The dockers' union signed a tentative deal with the Port of Harlow.";

        var deal = Assert.Single(Extract(text, Published), e => e.Type == "agreement");

        Assert.Equal("2025-02-14", deal.Date!.Value);
    }

    [Fact]
    public void A_lead_about_the_future_or_on_an_undated_page_gets_no_date()
    {
        const string future = "The dockers' union is expected to sign a tentative deal with the Port of Harlow.";
        const string past = "The dockers' union has reached a tentative deal with the Port of Harlow.";

        Assert.DoesNotContain(Extract(future, Published), e => e.Type == "agreement" && e.Date?.Value == "2025-02-14");
        Assert.DoesNotContain(Extract(past, null), e => e.Date is not null);
    }

    [Fact]
    public void A_year_in_a_relative_clause_after_the_deed_dates_the_clause_not_the_deed()
    {
        const string text = "The harbour board signed a deal with the salvage firm that raised the sunken ferry in 2019.";
        var year = new TemporalExpression(text.IndexOf("in 2019", StringComparison.Ordinal), 7, "in 2019", TimexType.Date, "2019", Granularity.Year, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), null, "test");

        var deal = Assert.Single(Extract(text, Published, year), e => e.Type == "agreement");

        Assert.Equal("2025-02-14", deal.Date!.Value);
    }

    [Fact]
    public void A_that_clause_without_its_own_verb_keeps_the_date()
    {
        const string text = "The harbour board signed a deal that week with the salvage firm in 2019.";
        var year = new TemporalExpression(text.IndexOf("in 2019", StringComparison.Ordinal), 7, "in 2019", TimexType.Date, "2019", Granularity.Year, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), null, "test");

        Assert.Equal("2019", Assert.Single(Extract(text, Published, year), e => e.Type == "agreement").Date!.Value);
    }

    [Theory]
    [InlineData("The governor on Monday toured the quay where a crane collapsed on Sunday, leaving two dockers hurt.", "on Monday", "2025-02-10")]
    [InlineData("A new crane was shipped from the capital on Wednesday to replace the one that collapsed three days earlier, officials said.", "on Wednesday", "2025-02-12")]
    public void An_event_word_in_a_relative_clause_types_and_dates_nothing(string text, string mainPhrase, string mainDay)
    {
        var day = DateOnly.Parse(mainDay, System.Globalization.CultureInfo.InvariantCulture);
        var main = new TemporalExpression(text.IndexOf(mainPhrase, StringComparison.Ordinal), mainPhrase.Length, mainPhrase, TimexType.Date, mainDay, Granularity.Day, day, day, null, "test");
        var otherPhrase = text.Contains("on Sunday", StringComparison.Ordinal) ? "on Sunday" : "three days earlier";
        var other = new TemporalExpression(text.IndexOf(otherPhrase, StringComparison.Ordinal), otherPhrase.Length, otherPhrase, TimexType.Date, "2025-02-09", Granularity.Day, new DateOnly(2025, 2, 9), new DateOnly(2025, 2, 9), null, "test");

        var events = Extract(text, Published, main, other);

        Assert.DoesNotContain(events, e => e.Type == "incident");
        Assert.Contains(events, e => e.Date?.Value == mainDay);
    }

    [Fact]
    public void A_forecast_the_writers_or_a_speakers_is_no_event_but_an_announced_schedule_is()
    {
        const string forecast = "Talks went on for weeks. Both sides kept quiet. The Quillon merger is expected to close in June.";
        const string schedule = "Talks went on for weeks. Both sides kept quiet. The Quillon merger will close in June.";
        const string said = "Talks went on for weeks. Both sides kept quiet. The Quillon merger is expected to close in June, the company said.";
        const string could = "Talks went on for weeks. Both sides kept quiet. The harbour could stay closed in June if needed, Ida Lind said.";
        const string saidSchedule = "Talks went on for weeks. Both sides kept quiet. The Quillon merger will close in June, Ida Lind said.";

        Assert.Empty(Extract(forecast, Published, InJune(forecast)));
        Assert.Contains(Extract(schedule, Published, InJune(schedule)), e => e.Type == "plan");
        Assert.Empty(Extract(said, Published, InJune(said)));
        Assert.Empty(Extract(could, Published, InJune(could)));
        Assert.Contains(Extract(saidSchedule, Published, InJune(saidSchedule)), e => e.Type == "plan");
    }

    private static TemporalExpression InJune(string text) =>
        new(text.IndexOf("in June", StringComparison.Ordinal), 7, "in June", TimexType.Date, "2025-06", Granularity.Month, new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30), null, "test");

    [Theory]
    [InlineData("Update: the order was granted.", true)]
    [InlineData("BREAKING: the order was granted.", true)]
    [InlineData("Updates to the order were granted.", false)]
    public void An_update_label_needs_its_colon(string sentence, bool labelled) =>
        Assert.Equal(labelled, LeadSentence.IsLabelled(sentence));

    private static IReadOnlyList<ExtractedEvent> ExtractTagged(string text) => Extract(text, Published, [.. TemporalTagger.Default.Tag(text, Published)]);

    private static IReadOnlyList<ExtractedEvent> Extract(string text, DateOnly? published, params TemporalExpression[] timexes) =>
        EventExtractor.Default.Extract(
            text,
            timexes,
            ActorExtractor.Default.Extract(text),
            published is { } date ? new PublicationDating(new PublicationDate(date, PublicationDateSource.Stamp, "test", 1), [], []) : PublicationDating.None);
}
