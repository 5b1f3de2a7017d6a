using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>
/// A report dated only by its page (a lead's deed without a time phrase) joins the same kind of deed by the same
/// parties a few days before it, with a date conflict; other reports on nearby days stay apart (invented text).
/// </summary>
public sealed class DateSlipMergingTests
{
    private static readonly EventActor Jury = Actor("harlow-county-jury", "group");
    private static readonly EventActor Mayor = Actor("odile-varga", "person", "target");
    private static readonly EventActor Treasurer = Actor("piet-lorne", "person", "target");

    [Fact]
    public void A_verdict_a_lead_tells_without_a_date_joins_the_verdict_of_the_day_before_with_a_date_conflict()
    {
        var (dated, _) = Assemble(
            Report("a", "verdict", "Jurors convicted former mayor Odile Varga of bribery on Thursday after two days of deliberation.", Day("2025-05-08", "on Thursday"), Jury, Mayor),
            Report("b", "verdict", "After two days of deliberation, jurors have convicted Odile Varga of bribery.", PageDay("2025-05-09"), Mayor));

        var merged = Assert.Single(dated);
        Assert.Equal(("2025-05-08", 2), (merged.Date!.Value, merged.SourceCount));
        Assert.Contains(merged.Conflicts, c => c.Aspect == "date");
    }

    [Fact]
    public void A_lead_that_tells_one_more_of_its_kind_is_no_slip_of_the_first()
    {
        var (dated, _) = Assemble(
            Report("a", "deaths", "A retired teacher from Harlow died of listeria on Thursday, the health office said.", Day("2025-05-08", "on Thursday"), Mayor),
            Report("b", "deaths", "A second Harlow patient has died of listeria.", PageDay("2025-05-12"), Mayor));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void One_verdict_a_day_apart_by_two_sentences_in_other_words_stays_apart()
    {
        var (dated, _) = Assemble(
            Report("a", "verdict", "Jurors convicted former mayor Odile Varga of bribery on Thursday after two days of deliberation.", Day("2025-05-08", "on Thursday"), Jury, Mayor),
            Report("b", "verdict", "Odile Varga was found guilty of bribery on Friday, ending a trial that gripped the county.", Day("2025-05-09", "on Friday"), Mayor));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void Two_parties_deeds_of_one_kind_a_day_apart_stay_two_events()
    {
        var (dated, _) = Assemble(
            Report("a", "verdict", "Jurors convicted former mayor Odile Varga of bribery on Thursday after two days of deliberation.", Day("2025-05-08", "on Thursday"), Mayor),
            Report("b", "verdict", "A second jury acquitted treasurer Piet Lorne of fraud on Friday.", Day("2025-05-09", "on Friday"), Treasurer));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void One_kind_of_deed_told_with_one_word_by_other_parties_a_day_apart_stays_two_events()
    {
        var minister = Actor("osric-venn", "person");
        var (dated, _) = Assemble(
            Report("a", "incident", "Mayor Odile Varga apologized on Tuesday night for the council's handling of the flood.", Day("2025-05-06", "on Tuesday night"), Mayor),
            Report("b", "incident", "Minister Osric Venn on Wednesday ordered an inquiry into the handling of the flood.", Day("2025-05-07", "on Wednesday"), minister));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void Deeds_of_one_party_three_days_apart_each_dated_by_the_text_stay_two_events()
    {
        var (dated, _) = Assemble(
            Report("a", "verdict", "Jurors convicted former mayor Odile Varga of bribery on Monday after two days of deliberation.", Day("2025-05-05", "on Monday"), Mayor),
            Report("b", "verdict", "Odile Varga was found guilty of bribery on Thursday, ending a trial that gripped the county.", Day("2025-05-08", "on Thursday"), Mayor));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void A_lead_dated_only_by_its_page_joins_the_deed_of_a_few_days_before_but_not_one_after()
    {
        var before = Report("a", "verdict", "Jurors convicted former mayor Odile Varga of bribery on Monday after two days of deliberation.", Day("2025-05-05", "on Monday"), Mayor);
        var lead = Report("b", "verdict", "Odile Varga has been found guilty of bribery, ending a trial that gripped the county.", PageDay("2025-05-08"), Mayor);
        var after = Report("c", "verdict", "Jurors convicted former mayor Odile Varga of bribery on Monday after two days of deliberation.", Day("2025-05-12", "on Monday"), Mayor);

        Assert.Single(Assemble(before, lead).Dated);
        Assert.Equal(2, Assemble(lead, after).Dated.Count);
    }

    [Fact]
    public void The_day_a_sentence_gives_outranks_the_days_pages_give()
    {
        var (dated, _) = Assemble(
            Report("a", "verdict", "Jurors convicted former mayor Odile Varga of bribery on Monday after two days of deliberation.", Day("2025-05-05", "on Monday"), Mayor),
            Report("b", "verdict", "Odile Varga has been found guilty of bribery, ending a trial that gripped the county.", PageDay("2025-05-07"), Mayor),
            Report("c", "verdict", "Former mayor Odile Varga has been convicted of bribery by a county jury.", PageDay("2025-05-07"), Mayor));

        var merged = Assert.Single(dated);
        Assert.Equal("2025-05-05", merged.Date!.Value);
    }

    [Fact]
    public void One_sentence_read_as_events_of_two_days_stays_two_events()
    {
        const string quote = "Yesterday, the regulator filed a motion against Quillon, and today a judge was assigned to the case.";
        var (dated, _) = Assemble(
            Report("a", "lawsuit", quote, Day("2025-05-08", "Yesterday"), Mayor),
            Report("a", "occurrence", quote, Day("2025-05-09", "today"), Mayor) with { Ordinal = 1 });

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void A_clause_quoted_alone_and_its_sentence_read_as_events_of_two_days_stay_two_events()
    {
        const string sentence = "Odile Varga resigned on Friday, three days after the Quillon Courier reported that the firm belonged to her brother.";
        const string clause = "the Quillon Courier reported that the firm belonged to her brother.";
        var (dated, _) = Assemble(
            Report("a", "personnel", sentence, Day("2025-05-09", "on Friday"), Mayor),
            Report("a", "occurrence", clause, Day("2025-05-06", "three days after"), Mayor) with { Ordinal = 1 });

        Assert.Equal(2, dated.Count);
    }

    [Theory]
    [InlineData("occurrence", 2)]
    [InlineData("suspension", 1)]
    public void A_clause_without_an_event_word_joins_no_event_across_a_date_conflict(string firstType, int events)
    {
        var (dated, _) = Assemble(
            Report("a", firstType, "Mayor Odile Varga suspended her deputy Piet Lorne late on Tuesday.", Day("2025-05-06", "late on Tuesday"), Mayor, Treasurer),
            Report("b", "suspension", "Mayor Odile Varga suspended her deputy Piet Lorne on Monday.", Day("2025-05-12", "on Monday"), Mayor, Treasurer));

        Assert.Equal(events, dated.Count);
    }

    private static EventDateInfo PageDay(string day) => Day(day) with { Texts = [] };
}
