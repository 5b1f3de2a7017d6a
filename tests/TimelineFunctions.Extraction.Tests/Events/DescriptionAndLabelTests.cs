using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>
/// What a sentence's descriptions and labels do not tell: the date of a phrase that describes a name
/// (<c>Apposition</c>), the date label of a chronology line before its speaker, a plural noun that is also a reporting
/// verb, a dateline's agency, a separate item of another story (<c>OtherStory</c>), on invented sentences.
/// </summary>
public sealed class DescriptionAndLabelTests
{
    private static readonly DateOnly Published = new(2027, 4, 29);

    [Fact]
    public void A_date_in_an_apposition_describes_the_name_and_does_not_date_the_clause()
    {
        const string text = "Tomas Kell, the Danish photographer held in Velmar since 11 April, was charged on Monday with spying.";

        var charge = Assert.Single(ExtractPublished(Published, text, Day(text, "11 April", 2027, 4, 11), Day(text, "on Monday", 2027, 4, 26)));

        Assert.Equal(("charge", "2027-04-26"), (charge.Type, charge.Date!.Value));
    }

    [Fact]
    public void A_date_in_a_participle_phrase_after_a_name_describes_the_name()
    {
        const string text = "The company's chief executive, appointed in 2019, resigned in a letter to staff on Wednesday.";

        var resignation = Assert.Single(ExtractPublished(Published, text, Year(text, "in 2019", 2019), Day(text, "on Wednesday", 2027, 4, 28)));

        Assert.Equal("2027-04-28", resignation.Date!.Value);
    }

    /// <summary>A phrase of time set off by commas ("Police, on Monday, arrested") tells when the clause happened.</summary>
    [Fact]
    public void A_time_phrase_set_off_by_commas_still_dates_the_clause()
    {
        const string text = "Border police, on Monday, arrested two men near the crossing and seized their van on Tuesday.";

        var events = ExtractPublished(Published, text, Day(text, "on Monday", 2027, 4, 26), Day(text, "on Tuesday", 2027, 4, 27));

        Assert.Equal("2027-04-26", Assert.Single(events, e => e.Type == "arrest").Date!.Value);
    }

    [Theory]
    [InlineData("The reporter was charged on 12 April under the press law.", "charge")]
    [InlineData("The two men were tried on 12 April in a closed court.", "trial")]
    [InlineData("The prisoner tried in vain on 12 April to reach his lawyer.", "occurrence")]
    [InlineData("Ada Lind took the oath as mayor at City Hall on 12 April.", "personnel")]
    [InlineData("The witness took the oath on 12 April and described the night of the fire.", "occurrence")]
    public void A_passive_charge_a_trial_and_an_oath_of_office_told_by_their_verb_are_typed(string sentence, string type) =>
        Assert.Equal(type, Assert.Single(ExtractPublished(Published, sentence, Day(sentence, "12 April", 2027, 4, 12))).Type);

    /// <summary>A chronology tells its statements in the present ("confirms"), after a date label that names no one.</summary>
    [Fact]
    public void A_chronology_line_in_the_present_is_a_statement_of_the_speaker_after_its_label()
    {
        const string text = "Key dates:\n12 April: Her family says she is missing.\n13 April: The foreign ministry confirms she is in custody.\n14 April: Her lawyer insists she is innocent.";

        var events = ExtractPublished(Published, text, Day(text, "12 April", 2027, 4, 12), Day(text, "13 April", 2027, 4, 13), Day(text, "14 April", 2027, 4, 14));

        var confirmation = Assert.Single(events, e => e.Quote.StartsWith("13 April", StringComparison.Ordinal));
        Assert.Equal(("statement", "The foreign ministry", "2027-04-13"), (confirmation.Type, confirmation.Attribution, confirmation.Date!.Value));
        Assert.Equal("statement", Assert.Single(events, e => e.Quote.StartsWith("14 April", StringComparison.Ordinal)).Type);
    }

    /// <summary>
    /// On a page with no date, a statement whose day the text names without a year is kept for the merge to place,
    /// though no actor speaks it: the day is a time, as a resolved date would be.
    /// </summary>
    [Fact]
    public void On_a_page_with_no_date_a_statement_on_a_named_day_is_kept_whatever_its_speaker()
    {
        const string text = "Key dates:\n12 April: Her family says she is missing.\n13 April: The foreign ministry confirms she is in custody.\n15 April: She is taken to the prison hospital.";

        var events = EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, null), ActorExtractor.Default.Extract(text), PublicationDating.None);

        var confirmation = Assert.Single(events, e => e.Quote.StartsWith("13 April", StringComparison.Ordinal));
        Assert.Equal(("statement", "04-13"), (confirmation.Type, confirmation.NamedDay));
    }

    /// <summary>A dateline's place and agency tell where and by whom the story was filed: they take no part in its events.</summary>
    [Fact]
    public void A_datelines_agency_takes_no_part_in_the_first_sentences_events()
    {
        const string text = "WENHAVEN, April 13 (CPA) - The Harbour Workers Union said on Tuesday that police had arrested its treasurer.";

        var report = Assert.Single(ExtractPublished(Published, text, Day(text, "April 13", 2027, 4, 13), Day(text, "on Tuesday", 2027, 4, 13)));

        Assert.Equal(["harbour-workers-union"], report.Participants.Select(p => p.ActorId));
    }

    [Fact]
    public void A_plural_noun_that_is_also_a_reporting_verb_frames_nothing()
    {
        const string text = "On Tuesday the food office released its past inspection reports on the plant; a second death was confirmed.";

        var release = Assert.Single(ExtractPublished(Published, text, Day(text, "On Tuesday", 2027, 4, 27)));

        Assert.Equal(("release", null), (release.Type, release.Attribution));
    }

    /// <summary>
    /// A separate item a wire adds ("Separately, …") is another story when it names no one the rest of the article
    /// names, and a development of this one when it does.
    /// </summary>
    [Theory]
    [InlineData("Separately, a court in neighbouring Velmar on Tuesday sentenced two bloggers to four years each.", 1)]
    [InlineData("Separately, the Harbour Board on Tuesday suspended two managers.", 2)]
    public void A_separate_item_that_names_no_one_of_the_article_is_another_story(string separately, int expectedEvents)
    {
        var text = "The Harbour Board closed the port of Orrin Bay on Monday. " + separately;

        var events = ExtractPublished(Published, text, Day(text, "on Monday", 2027, 4, 26), Day(text, "on Tuesday", 2027, 4, 27));

        Assert.Equal(expectedEvents, events.Count);
    }

    /// <summary>
    /// A statement with no time phrase takes the day the sentences before it were about, unless its words name a deed
    /// the article dates only later (<c>SaidAfterItsSubject</c>): then it was not said that day, and takes the page's.
    /// </summary>
    [Theory]
    [InlineData("told a radio station the bank was solid", "Ines Varga, a spokeswoman for the bank, said the suspension was a temporary measure.", "2027-04-26")]
    [InlineData("told a radio station the bank was solid", "Ines Varga, a spokeswoman for the bank, said the bank had enough cash for every depositor.", "2027-04-24")]
    [InlineData("suspended its bond sales", "Ines Varga, a spokeswoman for the bank, said the suspension was a temporary measure.", "2027-04-24")]
    public void A_statement_is_not_dated_before_the_deed_it_names(string saturday, string statement, string expected)
    {
        var text = $"Orrin Savings suspended all withdrawals on Monday. On Saturday its chief executive, Edvard Lannholm, {saturday}. " + statement;
        var monday = new DateOnly(2027, 4, 26);

        var events = ExtractPublished(monday, text, Day(text, "on Monday", 2027, 4, 26), Day(text, "On Saturday", 2027, 4, 24));

        Assert.Equal(expected, Assert.Single(events, e => e.Quote == statement).Date!.Value);
    }
}
