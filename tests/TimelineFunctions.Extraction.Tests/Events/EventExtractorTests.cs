using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>The event rules on sentences written for the test, with temporal expressions given by hand.</summary>
public sealed class EventExtractorTests
{
    private static readonly DateOnly Friday = new(2023, 10, 13);

    [Fact]
    public void Report_time_and_event_time_stay_apart()
    {
        const string text = "South Korea said on Friday that China deported 600 people this week.";
        var events = Extract(text, Friday, Day(text, "on Friday", Friday), Week(text, "this week", "2023-W41", new DateOnly(2023, 10, 9)));

        var statement = Assert.Single(events, e => e.Type == "statement");
        Assert.Equal("2023-10-13", statement.Date!.Value);
        Assert.Equal("south-korea", statement.Participants[0].ActorId);
        Assert.Equal("speaker", statement.Participants[0].Role);

        var deportation = Assert.Single(events, e => e.Type == "deportation");
        Assert.Equal(("2023-W41", Granularity.Week), (deportation.Date!.Value, deportation.Date.Granularity));
        Assert.Equal("17", deportation.CameoCode);
        Assert.Equal("South Korea", deportation.Attribution);
        Assert.Equal(text, deportation.Quote);
    }

    [Fact]
    public void A_quote_first_report_keeps_its_attribution_and_an_anonymous_frame_adds_no_statement()
    {
        const string text = "The convoys crossed into the North on Monday night, the rights group said.";
        var events = Extract(text, Friday, Day(text, "on Monday night", new DateOnly(2023, 10, 9)));

        var occurrence = Assert.Single(events);
        Assert.Equal(("occurrence", "2023-10-09"), (occurrence.Type, occurrence.Date!.Value));
        Assert.Equal("The rights group", occurrence.Attribution);
        Assert.StartsWith("The convoys crossed into the North on Monday night", occurrence.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participial_tail_after_the_verb_does_not_hide_a_quote_first_frame()
    {
        const string text = "The convoys crossed into the North on Monday night, the rights group said, citing a missionary with contacts in the region who helps defectors.";
        var events = Extract(text, Friday, Day(text, "on Monday night", new DateOnly(2023, 10, 9)));

        var occurrence = Assert.Single(events);
        Assert.Equal("2023-10-09", occurrence.Date!.Value);
        Assert.StartsWith("The convoys crossed", occurrence.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_inside_the_speaker_does_not_date_the_statement()
    {
        const string text = "Ivan Petrov, who fled in 2001, said his cousin was detained in April.";
        var events = Extract(text, Friday, Year(text, "in 2001", 2001), Month(text, "in April", new DateOnly(2023, 4, 1)));

        // The statement has no time of its own, so it is one event with the deed it tells; a statement dated by the
        // speaker's 2001 would stand apart.
        var arrest = Assert.Single(events);
        Assert.Equal(("arrest", "2023-04"), (arrest.Type, arrest.Date!.Value));
        Assert.Contains(arrest.Participants, p => p is { ActorId: "ivan-petrov", Role: "speaker" });
    }

    [Fact]
    public void A_pronoun_in_a_relative_clause_of_the_speaker_phrase_is_not_the_speaker()
    {
        const string text = "The Harbour Authority said the quay was safe. Highway engineers who inspected it on Friday said the bridge would stay closed for a fortnight.";
        var reports = Extract(text, Friday);
        Assert.DoesNotContain(reports, r => r.Quote.StartsWith("Highway engineers", StringComparison.Ordinal) && r.Participants.Any(p => p.ActorId == "harbour-authority"));
    }

    [Theory]
    [InlineData("Halvorsen Water, the company that has run the reservoir since 2011, said its staff were working around the clock.", "since 2011")]
    [InlineData("Halvorsen Water, the company that built the dam in 2011, said its staff were working around the clock.", "in 2011")]
    public void A_date_in_a_that_clause_of_the_speaker_does_not_date_the_statement(string text, string phrase)
    {
        var statement = Assert.Single(Extract(text, Friday, Year(text, phrase, 2011)), e => e.Type == "statement");
        Assert.Equal("2023-10-13", statement.Date!.Value);
    }

    [Theory]
    [InlineData("Halvorsen chief executive Ida Brenn said the yard would appeal the ruling.")]
    [InlineData("Halvorsen's spokeswoman Ida Brenn said the yard would appeal the ruling.")]
    [InlineData("Ida Brenn, a spokeswoman for Halvorsen, said the yard would appeal the ruling.")]
    [InlineData("“The yard will appeal the ruling,” said Ida Brenn, CEO, Halvorsen Group.")]
    public void A_person_speaks_for_the_body_named_with_their_title(string text)
    {
        var statement = Assert.Single(Extract(text, Friday));

        Assert.Contains(statement.Participants, p => p is { ActorId: "ida-brenn", Role: EventParticipant.Speaker });
        Assert.Contains(statement.Participants, p => p is { ActorId: "halvorsen" or "halvorsen-group", Role: EventParticipant.SpeaksFor });
    }

    [Theory]
    [InlineData("chief executive", true)]
    [InlineData("opposition leader", false)]
    public void An_officer_with_no_body_beside_their_title_speaks_for_the_body_that_spoke_just_before(string title, bool speaksFor)
    {
        var text = $"Halvorsen Group said it was grateful for the regulator's review. “We have crossed the final hurdle,” {title} Ida Brenn said.";
        var brenn = Assert.Single(Extract(text, Friday), e => e.Participants.Any(p => p is { ActorId: "ida-brenn", Role: EventParticipant.Speaker }));

        Assert.Equal(speaksFor, brenn.Participants.Any(p => p is { ActorId: "halvorsen-group", Role: EventParticipant.SpeaksFor }));
    }

    [Fact]
    public void A_person_keeps_speaking_for_the_body_an_earlier_frame_named_for_them()
    {
        const string text = "Halvorsen Group chief executive Ida Brenn said the yard remained committed to the deal. "
            + "The Quillon Harbour Authority said it had made its final decision. "
            + "In a statement shared on social media, Brenn confirmed the yard will appeal.";
        var statements = Extract(text, Friday).Where(e => e.Participants.Any(p => p is { ActorId: "ida-brenn", Role: EventParticipant.Speaker })).ToList();

        Assert.Equal(2, statements.Count);
        Assert.All(statements, e => Assert.Equal(["halvorsen-group"], e.Participants.Where(p => p.Role == EventParticipant.SpeaksFor).Select(p => p.ActorId)));
    }

    /// <summary>
    /// "on behalf of the company", "a spokeswoman for the firm": the body the text has named most often before, the
    /// first named on a tie, not the contractor named last.
    /// </summary>
    [Theory]
    [InlineData("“We will appeal,” Ida Brenn, a spokeswoman, said on behalf of the company.")]
    [InlineData("In a statement issued on behalf of the company, spokeswoman Ida Brenn said the yard would appeal.")]
    [InlineData("Ida Brenn, a spokeswoman for the firm, said the yard would appeal.")]
    public void A_person_speaks_for_the_body_a_frame_describes(string frame)
    {
        var text = "Halvorsen Group blamed its contractor, Quillon Dredging, for the collapse on Thursday. " + frame;
        var brenn = Assert.Single(Extract(text, Friday), e => e.Participants.Any(p => p is { ActorId: "ida-brenn", Role: EventParticipant.Speaker }));

        Assert.Equal(["halvorsen-group"], brenn.Participants.Where(p => p.Role == EventParticipant.SpeaksFor).Select(p => p.ActorId));
    }

    [Fact]
    public void The_doer_of_a_clause_with_no_event_word_is_named_before_its_first_past_verb()
    {
        const string text = "Halvorsen Group turned on its contractor, Quillon Dredging, on Thursday.";
        var clause = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", Friday.AddDays(-1))));

        Assert.Equal("occurrence", clause.Type);
        Assert.Contains(clause.Participants, p => p is { ActorId: "halvorsen-group", Role: EventParticipant.Agent });
        Assert.Contains(clause.Participants, p => p is { ActorId: "quillon-dredging", Role: EventParticipant.Target });
    }

    /// <summary>
    /// What has happened by now, told in the writer's words, is said on the page's day, whatever day the sentence
    /// before was about; a quotation keeps the speaker's tense and the narrative's day.
    /// </summary>
    [Theory]
    [InlineData("Divers have recovered the engine, the Quillon Harbour Authority said.", "2023-10-13")]
    [InlineData("“Divers have recovered the engine,” the Quillon Harbour Authority said.", "2023-10-12")]
    [InlineData("Divers recovered the engine, the Quillon Harbour Authority said.", "2023-10-12")]
    public void A_statement_of_what_has_happened_by_now_is_dated_on_the_page(string second, string day)
    {
        var text = "The Quillon Harbour Authority closed the port on Thursday. " + second;
        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", Friday.AddDays(-1))), e => e.Quote == second);

        Assert.Equal(day, statement.Date?.Value);
    }

    [Fact]
    public void Whom_the_words_were_sent_to_is_not_their_speaker()
    {
        const string text = "“The report is wrong,” said a company spokesperson in an email sent to Mara Holt.";

        Assert.DoesNotContain(Extract(text, Friday).SelectMany(e => e.Participants), p => p.Role == EventParticipant.Speaker);
    }

    [Fact]
    public void A_body_named_elsewhere_in_the_frame_is_not_whom_the_speaker_speaks_for()
    {
        const string text = "The deal drew a furious response from Halvorsen Group and Ida Brenn, who said the yard would appeal the ruling.";

        Assert.DoesNotContain(Extract(text, Friday).SelectMany(e => e.Participants), p => p.Role == EventParticipant.SpeaksFor);
    }

    [Fact]
    public void Commas_of_an_appositive_after_the_verb_do_not_make_it_quote_first()
    {
        const string text = "The defector, Ivan Petrov, told Reuters his cousin, Olga Petrova, was detained by border guards in April.";
        var events = Extract(text, Friday, Month(text, "in April", new DateOnly(2023, 4, 1)));

        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal("2023-04", arrest.Date!.Value);
        Assert.StartsWith("His cousin, Olga Petrova, was detained", arrest.Summary, StringComparison.Ordinal);
        Assert.Contains(arrest.Participants, p => p is { ActorId: "ivan-petrov", Role: "speaker" });
    }

    [Fact]
    public void A_statement_without_its_own_date_belongs_to_the_scene_a_recent_dated_report_set()
    {
        const string text = "Yesterday, a judge sentenced Ivan Petrov to ten years. Judge Mara Holt said Petrov had lied.";
        var published = new DateOnly(2024, 3, 29);
        var events = Extract(text, published, Day(text, "Yesterday", new DateOnly(2024, 3, 28)));

        Assert.Equal("2024-03-28", Assert.Single(events, e => e.Type == "sentencing").Date!.Value);
        Assert.Equal("2024-03-28", Assert.Single(events, e => e.Type == "statement").Date!.Value);
    }

    [Fact]
    public void An_old_date_sets_no_scene()
    {
        const string text = "The company was founded on May 2, 2019. Its chief executive, Mara Holt, said sales fell.";
        var events = Extract(text, Friday, Day(text, "on May 2, 2019", new DateOnly(2019, 5, 2)));

        Assert.Equal("2023-10-13", Assert.Single(events, e => e.Type == "statement").Date!.Value);
    }

    [Fact]
    public void An_introductory_date_dates_the_statement()
    {
        const string text = "In remarks outside the court on Thursday, prosecutor Mara Holt praised the verdict.";
        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))), e => e.Type == "statement");
        Assert.Equal("2023-10-12", statement.Date!.Value);
    }

    [Theory]
    [InlineData("Opening statements are set to begin at the trial of Ivan Petrov after a jury was chosen.")]
    [InlineData("Harbour Watch is on the verge of suspending the ferry service to Quillon.")]
    [InlineData("Harbour Watch is about to open an investigation into the ferry service to Quillon.")]
    public void An_undated_event_announced_for_the_future_is_a_plan_on_the_day_it_was_reported(string text)
    {
        var plan = Assert.Single(Extract(text, Friday));
        Assert.Equal(("plan", "2023-10-13"), (plan.Type, plan.Date!.Value));
        Assert.Null(plan.PlannedFor);
    }

    [Fact]
    public void According_to_names_a_source_and_makes_no_statement_event()
    {
        const string text = "About 9 in 10 defendants plead guilty, according to Harbour Research Institute figures.";
        Assert.DoesNotContain(Extract(text, Friday), e => e.Type == "statement");
    }

    [Fact]
    public void A_year_and_a_trigger_in_a_name_make_no_event()
    {
        const string text = "Watch the progress or get updates from Key Bridge Response 2024.";
        var tagged = TemporalTagger.Default.Tag(text, Friday);
        Assert.Empty(EventExtractor.Default.Extract(text, tagged, ActorExtractor.Default.Extract(text), Dating(Friday)));
    }

    [Fact]
    public void A_century_dates_no_event()
    {
        const string text = "Talks went on for weeks at the harbour. Both sides kept quiet. Pay was the sticking point. "
            + "In the 21st century the old quay walls collapsed one by one under the weight of new cranes.";
        var tagged = TemporalTagger.Default.Tag(text, Friday);

        Assert.Contains(tagged, t => t.Granularity == Granularity.Century);
        Assert.DoesNotContain(EventExtractor.Default.Extract(text, tagged, ActorExtractor.Default.Extract(text), Dating(Friday)), e => e.Date is not null);
    }

    [Fact]
    public void A_statement_without_its_own_date_is_dated_when_published_and_typed_by_its_speech_act()
    {
        const string text = "Ingrid Vale told reporters the ministry regrets the decision.";
        var statement = Assert.Single(Extract(text, Friday));
        Assert.Equal(("protest", "2023-10-13", "11"), (statement.Type, statement.Date!.Value, statement.CameoCode));
        Assert.Empty(statement.Date.Texts);
    }

    [Theory]
    [InlineData("Chief executive Ida Lind apologised to passengers on Thursday and said the ferry would sail again.", "apology")]
    [InlineData("Chief executive Ida Lind, who apologised to passengers in May, said on Thursday the ferry would sail again.", "statement")]
    public void A_speech_act_the_speaker_did_before_the_reporting_verb_types_the_statement(string text, string type)
    {
        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))), e => e.Attribution is not null);
        Assert.Equal(type, statement.Type);
    }

    [Theory]
    [InlineData("Chief executive Ida Lind told a meeting of the port board that no ransom demand had been received.")]
    [InlineData("Chief executive Ida Lind tells the port board she has received no ransom demand.")]
    public void Who_was_told_before_that_or_a_subject_pronoun_belongs_to_the_frame(string text)
    {
        var statement = Assert.Single(Extract(text, Friday));
        Assert.Equal(("statement", "2023-10-13"), (statement.Type, statement.Date!.Value));
        Assert.Contains(statement.Participants, p => p is { ActorId: "ida-lind", Role: "speaker" });
        Assert.Matches("^Ida Lind: (?:No ransom demand|She has received)", statement.Summary);
    }

    [Fact]
    public void Statements_by_one_speaker_on_one_day_keep_each_sentence_and_take_the_sharpest_type()
    {
        const string text = "Ingrid Vale said the port was calm. \"We expect ships tomorrow,\" Vale said. Vale added that crews regret the delay. Vale said the pier was dry.";
        var statements = Extract(text, Friday).Where(e => e.Participants.Any(p => p.Role == "speaker")).ToList();

        Assert.Equal(4, statements.Count);
        Assert.All(statements, s => Assert.Equal(("protest", "2023-10-13"), (s.Type, s.Date!.Value))); // sharpened by "regret"
        Assert.Equal(4, statements.Select(s => s.Quote).Distinct().Count());
    }

    [Fact]
    public void A_date_after_publication_is_a_plan_announced_on_the_publication_date_for_that_date()
    {
        const string text = "The sentencing hearing will be held on March 28, 2024, before the same court.";
        var published = new DateOnly(2023, 11, 3);
        var plan = Assert.Single(Extract(text, published, Day(text, "March 28, 2024", new DateOnly(2024, 3, 28))));
        Assert.Equal(("plan", "2023-11-03"), (plan.Type, plan.Date!.Value));
        Assert.Equal(("2024-03-28", "March 28, 2024"), (plan.PlannedFor!.Value, Assert.Single(plan.PlannedFor.Texts)));
    }

    [Fact]
    public void An_undated_deed_involving_a_salient_actor_is_kept_but_an_undated_reference_is_not()
    {
        const string text = "Harbour Watch said Velmont Rail had spilled fuel. Velmont Rail denied it. Any spill of fuel breaks the law, Harbour Watch said.";
        var events = Extract(text, null);
        var dumped = Assert.Single(events, e => e.Quote.StartsWith("Harbour Watch said Velmont Rail", StringComparison.Ordinal) && e.Type != "statement");
        Assert.Null(dumped.Date);
        Assert.DoesNotContain(events, e => e.Quote.StartsWith("Any spill", StringComparison.Ordinal) && e.Type != "statement");
    }

    /// <summary>
    /// An irregular participle tells a deed as done ("has given the green light"), so on a page with no date the clause
    /// is kept, undated, for the merge to date.
    /// </summary>
    [Fact]
    public void An_irregular_participle_tells_a_deed_as_done()
    {
        const string text = "The Quillon Harbour Authority has finally given the green light to the takeover. The Quillon Harbour Authority set two conditions.";

        Assert.Contains(Extract(text, null), e => e.Type == "approval" && e.Date is null);
    }

    [Theory]
    [InlineData("Harbour Watch said the Velmont Rail bridge collapsed.", "incident")]
    [InlineData("Harbour Watch said the Velmont Rail bridge that collapsed will take years to rebuild.", "incident")]
    [InlineData("Harbour Watch said rebuilding the collapsed Velmont Rail bridge will take years.", "statement")]
    public void A_participle_after_a_determiner_describes_a_thing_and_reports_no_deed(string sentence, string expectedType)
    {
        var text = "Harbour Watch counted the cost. " + sentence;
        var report = Assert.Single(Extract(text, null), e => e.Quote == sentence);
        Assert.Equal(expectedType, report.Type);
    }

    [Theory]
    [InlineData("Harbour Watch said on Thursday it was suspending the search for the crew.", "suspension")]
    [InlineData("Harbour Watch said on Thursday that suspending the search for the crew was a mistake.", "statement")]
    public void A_deed_in_the_past_progressive_is_a_reported_deed(string text, string expectedType)
    {
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));
        Assert.Equal((expectedType, "2023-10-12"), (report.Type, report.Date!.Value));
    }

    [Theory]
    [InlineData("Officials said on Thursday they were suspending the search for workers missing after the collapse of the bridge.", "on Thursday", "suspension")]
    [InlineData("The channel had been closed since the collapse of the bridge on Thursday.", "on Thursday", "incident")]
    [InlineData("The bridge collapse on Thursday stopped the search.", "on Thursday", "incident")]
    [InlineData("Divers pulled out the last two miners on Thursday, nine days after it collapsed.", "on Thursday", "rescue")]
    [InlineData("Crews lifted the collapsed crane from the quay on Thursday.", "on Thursday", "restoration")]
    [InlineData("The quarry reopened on Thursday, a month after they were evacuated.", "on Thursday", "restoration")]
    public void A_deed_word_in_an_undated_phrase_the_clause_refers_to_or_describing_a_thing_does_not_type_it(string text, string day, string expectedType)
    {
        // The clause's day has one event; a deed counted from it ("nine days after it collapsed") is another day's.
        var report = Assert.Single(Extract(text, Friday, Day(text, day, new DateOnly(2023, 10, 12))), e => e.Date?.Value == "2023-10-12");
        Assert.Equal(expectedType, report.Type);
    }

    [Theory]
    [InlineData("Dockers voted on Thursday to accept the pay offer, ending a nine-day strike.", "vote")]
    [InlineData("The ministry appointed a mediator on Thursday in the dispute over the port deal.", "personnel")]
    [InlineData("The judge sentenced him on Thursday after his conviction in the spring.", "sentencing")]
    [InlineData("Dockers went on strike on Thursday after the union rejected the offer.", "strike")]
    [InlineData("The harbour master cancelled the regatta on Thursday to deal with the spill.", "suspension")]
    [InlineData("The regulator opened an investigation on Thursday, and police arrested the owner a month later.", "investigation")]
    [InlineData("The minister held talks on Thursday, and the strike ended soon after.", "meeting")]
    public void The_clauses_first_deed_told_as_done_types_it_before_the_trigger_lists_order(string text, string expectedType)
    {
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));
        Assert.Equal(expectedType, report.Type);
    }

    [Theory]
    [InlineData("The minister on Thursday urged both sides to return to talks over the port.", "appeal")]
    [InlineData("The union on Thursday called on the court to dismiss the lawsuit against its leaders.", "appeal")]
    [InlineData("The minister on Thursday urged calm, saying the strike was hurting every exporter.", "appeal")]
    [InlineData("The council on Thursday condemned the attack on the ferry.", "attack")]
    public void What_a_speech_act_asks_for_or_says_in_a_participle_does_not_type_the_clause(string text, string expectedType)
    {
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));
        Assert.Equal(expectedType, report.Type);
    }

    [Theory]
    [InlineData("The coastal road remains closed after the landslide.")]
    [InlineData("The ferry terminal is shut to all traffic.")]
    public void A_participle_after_a_state_verb_tells_a_state_and_a_lead_of_one_is_not_dated_as_the_news(string text)
    {
        Assert.DoesNotContain(Extract(text, Friday), e => e.Date is not null);
    }

    [Theory]
    [InlineData("Police fired tear gas at protesters outside the port on Thursday.", "attack")]
    [InlineData("Police fired warning shots to disperse looters on Thursday.", "attack")]
    [InlineData("The ferry company fired its chief engineer on Thursday.", "personnel")]
    public void Firing_a_weapon_is_an_attack_and_firing_a_person_is_a_personnel_change(string text, string expectedType)
    {
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));
        Assert.Equal(expectedType, report.Type);
    }

    [Theory]
    [InlineData("“We will rebuild the pier by spring,” said Mayor Ann Corvel on Thursday.", "Ann Corvel")]
    [InlineData("“The pier is safe,” said the harbour authority on Thursday.", "The harbour authority")]
    [InlineData("“The pier is safe”, said the harbour authority on Thursday.", "The harbour authority")]
    public void An_inverted_frame_has_its_speaker_after_the_verb(string text, string speaker)
    {
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));
        Assert.Equal(("statement", "2023-10-12", speaker), (report.Type, report.Date!.Value, report.Attribution));
    }

    [Fact]
    public void A_decision_in_writing_dates_what_it_decides()
    {
        // Holt is named twice, so an undated ruling by her would be kept beside the order's statement.
        const string text = "Mara Holt took over the harbour case from a colleague. "
            + "Judge Mara Holt of the Lanmore District Court denied the harbour board's motion to dismiss the case, said her signed order Tuesday.";
        var ruling = Assert.Single(Extract(text, Friday, Day(text, "Tuesday", new DateOnly(2023, 10, 10))), e => e.Quote.StartsWith("Judge", StringComparison.Ordinal));

        Assert.Equal(("court-ruling", "2023-10-10"), (ruling.Type, ruling.Date!.Value));
    }

    [Fact]
    public void An_inverted_frame_after_unquoted_content_reports_that_content()
    {
        const string text = "The council closed the quay on Thursday, said Ann Corvel, the mayor.";
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));
        Assert.Equal(("suspension", "2023-10-12", "Ann Corvel"), (report.Type, report.Date!.Value, report.Attribution));
    }

    [Fact]
    public void A_quote_first_speaker_may_be_a_long_title_and_organization()
    {
        const string text = "Crews will start lifting the two sunken barges off the riverbed on Friday, deputy harbour master Ilse Varro of the Northern Waterways and Canals Safety Board told the Gazette on Tuesday.";
        var plan = Assert.Single(Extract(text, Friday, Day(text, "on Friday", Friday), Day(text, "on Tuesday", new DateOnly(2023, 10, 10))));

        Assert.Equal(("plan", "2023-10-10", "2023-10-13"), (plan.Type, plan.Date!.Value, plan.PlannedFor!.Value));
        Assert.Contains(plan.Participants, p => p is { ActorId: "ilse-varro", Role: "speaker" });
    }

    private const string ChronologyText =
        "3 March 2021 The ferry company is fined for unsafe loading.\n"
        + "9 April 2021 Inspectors suspend the ferry's licence.\n"
        + "Harbour master Tove Lind says the vessel is safe.\n"
        + "A second ferry is inspected and cleared.\n"
        + "2 May 2022 The ferry returns to service.\n";

    [Fact]
    public void A_chronology_entry_dates_the_sentences_that_follow_it()
    {
        var events = Extract(ChronologyText, Friday, ChronologyDates(ChronologyText));

        var statement = Assert.Single(events, e => e.Quote.StartsWith("Harbour master", StringComparison.Ordinal));
        Assert.Equal(("statement", "2021-04-09"), (statement.Type, statement.Date!.Value));
        var inspection = Assert.Single(events, e => e.Quote.StartsWith("A second ferry", StringComparison.Ordinal));
        Assert.Equal("2021-04-09", inspection.Date!.Value);
        Assert.All(events, e => Assert.True(e.InChronology));
    }

    [Fact]
    public void A_chronology_entry_without_a_year_read_as_next_year_is_last_years()
    {
        // The present tense of chronologies reads as the future: the tagger puts "Jan. 12" after the publication date.
        const string text = "Jan. 12: The ferry company is fined for unsafe loading.\nApril 9: Inspectors close the ferry's berth.\nMay 2: The ferry returns to service.\n";
        var events = Extract(text, Friday, Day(text, "Jan. 12", new DateOnly(2024, 1, 12)), Day(text, "April 9", new DateOnly(2023, 4, 9)), Day(text, "May 2", new DateOnly(2023, 5, 2)));

        var fine = Assert.Single(events, e => e.Quote.StartsWith("Jan. 12", StringComparison.Ordinal));
        Assert.Equal(("sanctions", "2023-01-12"), (fine.Type, fine.Date!.Value));
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(2, 0)]
    public void On_a_page_with_no_date_a_chronology_of_days_without_a_year_marks_its_entries(int entries, int marked)
    {
        var lines = new[] { "11 April: The reporter is detained at the airport.", "12 April: Her family says she is missing.", "19 April: A consul visits her for the first time." };
        var text = string.Join('\n', lines[^entries..]) + "\n";

        var events = Extract(text, null, [.. TemporalTagger.Default.Tag(text, null)]);

        Assert.Equal(marked, events.Count(e => e.InChronology));
        Assert.All(events.Where(e => e.InChronology), e => Assert.Equal(e.Quote[..e.Quote.IndexOf(':', StringComparison.Ordinal)], DayName(e.NamedDay!)));
    }

    private static string DayName(string monthDay) =>
        new DateOnly(2000, int.Parse(monthDay[..2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(monthDay[3..], System.Globalization.CultureInfo.InvariantCulture))
            .ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Two_dated_paragraphs_are_no_chronology()
    {
        var text = string.Join('\n', ChronologyText.Split('\n')[1..]);
        var statement = Assert.Single(Extract(text, Friday, ChronologyDates(text)), e => e.Quote.StartsWith("Harbour master", StringComparison.Ordinal));

        Assert.Equal(Friday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), statement.Date!.Value);
        Assert.DoesNotContain(Extract(text, Friday, ChronologyDates(text)), e => e.InChronology);
    }

    [Fact]
    public void Dated_paragraphs_out_of_order_are_no_chronology()
    {
        const string text = "9 April 2021 Inspectors suspend the ferry's licence.\n"
            + "3 March 2021 The ferry company is fined for unsafe loading.\n"
            + "2 May 2022 The ferry returns to service.\n"
            + "1 June 2021 The harbour reopens.\n"
            + "Harbour master Tove Lind says the vessel is safe.\n";
        var statement = Assert.Single(Extract(text, Friday, ChronologyDates(text)), e => e.Quote.StartsWith("Harbour master", StringComparison.Ordinal));

        Assert.Equal("2023-10-13", statement.Date!.Value);
    }

    [Fact]
    public void Paragraphs_opening_with_bare_years_are_no_chronology()
    {
        // A live page's clock times ("1849 The agency says …") can be read as years; a month or a day cannot.
        const string text = "1849 The agency says the ferry is safe.\n1901 The minister says the port is closed.\n1935 The mayor says more ferries will come.\nHarbour master Tove Lind says the wind is rising.\n";
        var timexes = new[] { Year(text, "1849", 1849), Year(text, "1901", 1901), Year(text, "1935", 1935) };
        var statement = Assert.Single(Extract(text, Friday, timexes), e => e.Quote.StartsWith("Harbour master", StringComparison.Ordinal));

        Assert.Equal("2023-10-13", statement.Date!.Value);
    }

    private static TemporalExpression[] ChronologyDates(string text) =>
        [.. new[] { ("3 March 2021", new DateOnly(2021, 3, 3)), ("9 April 2021", new DateOnly(2021, 4, 9)), ("2 May 2022", new DateOnly(2022, 5, 2)), ("1 June 2021", new DateOnly(2021, 6, 1)) }
            .Where(d => text.Contains(d.Item1, StringComparison.Ordinal))
            .Select(d => Day(text, d.Item1, d.Item2))
            .OrderBy(t => t.Start)];

    [Fact]
    public void A_relative_clause_dated_years_before_the_article_describes_its_antecedent()
    {
        const string text = "Officials approached the diving club that rescued four miners from a flooded shaft in 2018.";
        Assert.Empty(Extract(text, Friday, Year(text, "in 2018", 2018)));
    }

    [Theory]
    [InlineData("The Halvorsen dairy, founded in 1991 by Magnus Tellerby, employs about 340 people.", "in 1991", 0)]
    [InlineData("The Halvorsen dairy was founded in 1991 by Magnus Tellerby.", "in 1991", 1)]
    public void A_participle_phrase_after_a_comma_dated_years_before_describes_its_noun(string text, string year, int events)
    {
        Assert.Equal(events, Extract(text, Friday, Year(text, year, 1991)).Count);
    }

    [Fact]
    public void A_relative_clause_dated_this_week_still_tells_news()
    {
        const string text = "Police named the man who was arrested on Thursday.";
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));
        Assert.Equal(("arrest", "2023-10-12"), (report.Type, report.Date!.Value));
    }

    [Theory]
    [InlineData("The mayor, who took office in 2021, said on Thursday the quay would reopen.", "The mayor")]
    [InlineData("Speaking to reporters on Thursday, the harbour master said the quay would reopen.", "The harbour master")]
    [InlineData("According to the harbour board, the quay would reopen, it said on Thursday.", "The harbour board")]
    [InlineData("In a statement released on Thursday, the harbour board said the quay would reopen.", "The harbour board")]
    [InlineData("The harbour board has said on Thursday the quay would reopen.", "The harbour board")]
    [InlineData("The harbour board would have said on Thursday the quay would reopen.", "The harbour board")]
    public void A_speaker_phrase_is_the_speakers_name_without_clauses_around_it(string text, string speaker)
    {
        var events = Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12)));
        var report = Assert.Single(events, e => e.Attribution is not null);
        Assert.Equal(speaker, report.Attribution);
        Assert.Contains("quay would reopen", report.Summary, StringComparison.Ordinal);
    }

    /// <summary>A dateline names where and when the story was filed and who filed it, not who speaks.</summary>
    [Theory]
    [InlineData("QUILLON, Oct 13 (Northwire) - The harbour board said on Thursday the quay would reopen.")]
    [InlineData("QUILLON, Oct 13 (Halvorsen Group) - The harbour board said on Thursday the quay would reopen.")]
    public void A_dateline_is_not_the_speaker(string text)
    {
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));

        Assert.Equal("The harbour board", report.Attribution);
        Assert.DoesNotContain(report.Participants, p => p.Role == EventParticipant.Speaker);
    }

    [Fact]
    public void A_date_in_a_relative_clause_after_a_comma_dates_the_clause_whatever_its_tense()
    {
        const string text = "The dockers' union said its members backed the deal, which gives a 6% rise in 2024.";
        var report = Assert.Single(Extract(text, Friday, Year(text, "in 2024", 2024)));
        Assert.Equal(("agreement", "2023-10-13"), (report.Type, report.Date!.Value));
    }

    [Theory]
    [InlineData("until Thursday")]
    [InlineData("till Thursday")]
    [InlineData("until at least Thursday")]
    public void A_date_that_ends_the_period_a_deed_lasts_does_not_date_the_deed(string end)
    {
        var text = $"The ferry line said on Monday it had suspended all sailings {end} after the fire.";
        var thursday = text.IndexOf("Thursday", StringComparison.Ordinal);
        var until = new TemporalExpression(thursday, 8, "Thursday", TimexType.Date, "2023-10-12", Granularity.Day, new DateOnly(2023, 10, 12), new DateOnly(2023, 10, 12), null, "test");

        var events = Extract(text, Friday, Day(text, "on Monday", new DateOnly(2023, 10, 9)), until);

        Assert.DoesNotContain(events, e => e.Date?.Value == "2023-10-12");
        Assert.Contains(events, e => e.Date?.Value == "2023-10-09");
    }

    [Fact]
    public void What_a_participle_after_the_frame_says_does_not_date_the_statement()
    {
        const string text = "\u201cWe will rebuild,\u201d Mayor Ida Lind told reporters, adding that 40,000 sandbags had arrived over the weekend.";
        var weekend = new TemporalExpression(text.IndexOf("over the weekend", StringComparison.Ordinal), 16, "over the weekend", TimexType.Date, "2023-W41-WE", Granularity.Week, new DateOnly(2023, 10, 14), new DateOnly(2023, 10, 15), null, "test");

        var statement = Assert.Single(Extract(text, Friday, weekend), e => e.Type == "statement");
        Assert.Equal("2023-10-13", statement.Date!.Value);
    }

    [Fact]
    public void A_date_in_a_relative_clause_set_off_by_commas_dates_nothing_outside_it()
    {
        const string text = "The mayor, whose party has run the town since 2017, is seeking a fourth term.";
        Assert.DoesNotContain(Extract(text, Friday, Year(text, "since 2017", 2017)), e => e.Date?.Value == "2017");
    }

    [Fact]
    public void What_is_expected_on_a_later_day_is_a_forecast_not_a_plan()
    {
        const string text = "Talks went on for weeks. Both sides kept quiet. Results of the ballot are expected early on Monday.";
        var monday = new DateOnly(2023, 10, 16);
        Assert.Empty(Extract(text, Friday, Day(text, "early on Monday", monday)));
    }

    /// <summary>A projection in other words than "expected to": what someone expects, what should happen, what they hope for.</summary>
    [Theory]
    [InlineData("The trust expected all outpatient clinics to reopen by Nov. 3, its chief executive said.")]
    [InlineData("The sale of the bank's branches should be completed by the end of November.")]
    [InlineData("The airline hopes to resume flights to the island in December.")]
    public void What_is_expected_hoped_for_or_should_happen_later_is_a_forecast(string text)
    {
        Assert.Empty(ExtractTagged(Friday, text));
    }

    [Fact]
    public void A_month_named_May_is_no_forecast()
    {
        const string text = "The harbour master will be sentenced in May, the court said.";
        Assert.Contains(ExtractTagged(Friday, text), e => e.PlannedFor?.Value == "2024-05");
    }

    [Fact]
    public void A_date_in_a_relative_clause_set_off_by_commas_before_the_deed_does_not_date_it()
    {
        const string text = "The harbour master, who was fined by the court in April, had pleaded not guilty to all counts.";
        Assert.DoesNotContain(Extract(text, Friday, Month(text, "in April", new DateOnly(2023, 4, 1))), e => e.Date?.Value == "2023-04");
    }

    [Fact]
    public void A_date_in_a_relative_clause_between_commas_does_not_date_the_main_clause()
    {
        const string text = "The strike, which began on May 3, ended on Thursday.";
        var reports = Extract(text, Friday, Day(text, "on May 3", new DateOnly(2023, 5, 3)), Day(text, "on Thursday", new DateOnly(2023, 10, 12)));
        // The sentence is Thursday's; the clause alone tells the strike's start (DatedRelativeClause).
        Assert.Equal(
            [("strike", "2023-10-12", text), ("strike", "2023-05-03", "The strike, which began on May 3")],
            reports.Select(r => (r.Type, r.Date!.Value, r.Quote)));
    }

    [Theory]
    [InlineData("Rescuers pulled 12 people from the rubble on Thursday.", "rescue")]
    [InlineData("The regulator fined the bank $2 million on Thursday.", "sanctions")]
    [InlineData("The nine-day stoppage at the port began on Thursday.", "strike")]
    [InlineData("The ministry rejected the allegations of fraud on Thursday.", "denial")]
    [InlineData("The dockers' union rejected a 4% pay offer on Thursday.", "occurrence")]
    public void Common_deeds_have_their_type(string text, string type)
    {
        var report = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))));
        Assert.Equal(type, report.Type);
    }

    [Fact]
    public void Headlines_and_list_lines_are_not_events()
    {
        const string text = "Ship refloated on Monday\nThe ship was refloated on Monday.";
        var monday = new DateOnly(2024, 5, 20);
        var first = text.IndexOf("on Monday", StringComparison.Ordinal);
        var second = text.LastIndexOf("on Monday", StringComparison.Ordinal);
        var timexes = new[] { At(first, "on Monday", monday), At(second, "on Monday", monday) };
        var single = Assert.Single(EventExtractor.Default.Extract(text, timexes, ActorExtractor.Default.Extract(text), Dating(monday)));
        Assert.Equal("restoration", single.Type);
    }

    [Fact]
    public void Statements_resolve_against_their_own_dated_block()
    {
        const string text = "Crews said the work was done.\nCrews said the lane was open.";
        var split = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var dating = new PublicationDating(Stamp(new DateOnly(2024, 5, 19)), [], [
            new DatedBlock(0, split, Stamp(new DateOnly(2024, 5, 20))),
            new DatedBlock(split, text.Length - split, Stamp(new DateOnly(2024, 5, 19)))]);
        var reference0 = EventDater.DctAt(dating, 3);
        var reference1 = EventDater.DctAt(dating, split + 3);
        Assert.Equal((new DateOnly(2024, 5, 20), new DateOnly(2024, 5, 19)), (reference0, reference1));
    }

    [Fact]
    public void A_participial_gloss_after_a_quote_first_frame_is_left_out_of_the_quote()
    {
        const string text = "The convoys crossed into the North on Monday night, the rights group said, citing a missionary with contacts in the region.";
        var events = Extract(text, Friday, Day(text, "on Monday night", new DateOnly(2023, 10, 9)));

        Assert.Equal("The convoys crossed into the North on Monday night, the rights group said", Assert.Single(events).Quote);
    }

    [Fact]
    public void An_adverb_before_the_participle_still_makes_a_gloss_about_another_story()
    {
        const string text = "\u201CWe can thank the delay to the other courtroom,\u201D Judge Mara Holt said in court, evidently referring to the tax trial of Ivan Petrov held nearby.";
        var events = Extract(text, Friday);

        var statement = Assert.Single(events);
        Assert.Equal("mara-holt", statement.Participants[0].ActorId);
        Assert.EndsWith("Judge Mara Holt said in court", statement.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain("tax trial", statement.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reporting_verb_inside_a_closed_quotation_is_the_quoted_speakers_word_not_the_frame()
    {
        const string text = "Ivan Petrov arrived late. \u201CI\u2019m told we can thank the delay to the other courtroom,\u201D Judge Mara Holt said in court.";
        var events = Extract(text, Friday);

        var statement = Assert.Single(events, e => e.Type == "statement");
        Assert.Equal("mara-holt", statement.Participants[0].ActorId);
        Assert.StartsWith("Mara Holt: \u201CI\u2019m told we can thank the delay", statement.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_that_opens_the_sentence_is_what_was_said_however_long_the_frame_after_it()
    {
        const string text = "\u201CWe decided to recall as soon as the second test came back positive,\u201D Ida Brenn, a spokeswoman for Tarrow Dell Creamery, said in a statement issued on behalf of the company.";
        var statement = Assert.Single(Extract(text, Friday));

        Assert.Equal("Ida Brenn: \u201CWe decided to recall as soon as the second test came back positive.\u201D", statement.Summary);
        Assert.Contains(statement.Participants, p => p is { ActorId: "tarrow-dell-creamery", Role: EventParticipant.SpeaksFor });
    }

    [Theory]
    [InlineData("Deputy mayor Piet Lorne was suspended on Monday by Mayor Odile Varga.", "odile-varga", "piet-lorne")]
    [InlineData("Mayor Odile Varga suspended her deputy Piet Lorne on Monday.", "odile-varga", "piet-lorne")]
    public void The_subject_of_a_passive_is_its_target_and_whom_by_names_its_agent(string text, string agent, string target)
    {
        var suspension = Assert.Single(Extract(text, Friday, Day(text, "on Monday", new DateOnly(2023, 10, 9))));

        Assert.Contains(suspension.Participants, p => p.ActorId == agent && p.Role == EventParticipant.Agent);
        Assert.Contains(suspension.Participants, p => p.ActorId == target && p.Role == EventParticipant.Target);
    }

    [Fact]
    public void The_start_of_a_period_still_running_sets_no_reference_time()
    {
        const string text = "The council met on Thursday. Ambulances have been sent to other hospitals since Monday morning. "
            + "Chief executive Ida Lind told the board that no ransom demand had been received.";
        var events = Extract(text, Friday, Day(text, "on Thursday", Friday.AddDays(-1)), Day(text, "Monday morning", Friday.AddDays(-4)));

        Assert.Equal("2023-10-12", Assert.Single(events, e => e.Type == "statement").Date?.Value);
    }

    [Fact]
    public void A_statement_is_never_dated_after_its_page()
    {
        const string text = "Judge Ida Lind set the trial for 8 March next year and said it would last four weeks.";
        var statement = Assert.Single(Extract(text, Friday, Day(text, "8 March next year", new DateOnly(2024, 3, 8))), e => e.Type == "statement");

        Assert.Equal("2023-10-13", statement.Date!.Value);
    }

    [Fact]
    public void A_clause_after_a_quote_first_frame_leaves_the_frame_quote_first()
    {
        const string text = "The plant was cleared on Monday. Production will resume on October 30, the company said, and about 120 workers will return.";
        var events = Extract(text, Friday, Day(text, "on Monday", new DateOnly(2023, 10, 9)), Day(text, "on October 30", new DateOnly(2023, 10, 30)));

        Assert.DoesNotContain(events, e => e.Date?.Value == "2023-10-30");
        Assert.Contains(events, e => e.PlannedFor?.Value == "2023-10-30" && e.Date?.Value == "2023-10-13");
    }

    [Fact]
    public void A_reporting_verb_in_a_relative_clause_set_off_by_commas_is_no_frame()
    {
        const string text = "The council met on Monday. Mayor Ann Corvel, who at first said her deputy had her confidence, suspended him less than a week later.";
        var count = new TemporalExpression(text.IndexOf("less than a week", StringComparison.Ordinal), 16, "less than a week", TimexType.Duration, "P1W", null, null, null, "LESS_THAN", "test");
        var events = Extract(text, Friday, Day(text, "on Monday", new DateOnly(2023, 10, 9)), count);

        Assert.DoesNotContain(events, e => e.Type == "statement");
        Assert.DoesNotContain(events, e => e.Type == "suspension" && e.Date is not null);
    }

    [Theory]
    [InlineData("\u201CProcurement scandals rarely start with a bag of cash,\u201D said Marit Souza, a researcher at the institute.")]
    [InlineData("\u201CWe\u2019re out at six every morning, same as before,\u201D said Tomasz Wren, a driver.")]
    public void What_happens_as_a_rule_said_at_no_time_is_no_statement(string text)
    {
        Assert.Empty(Extract(text, Friday));
    }

    [Fact]
    public void An_undated_deed_on_a_weekday_nothing_anchors_keeps_that_weekday()
    {
        const string text = "Officials said eight workers were on the span at the time of the collapse, which was around 1:30 a.m. Tuesday morning.";
        var tuesday = new TemporalExpression(text.IndexOf("Tuesday morning", StringComparison.Ordinal), 15, "Tuesday morning", TimexType.Date, "XXXX-WXX-2", Granularity.Day, null, null, null, "test");

        var collapse = Assert.Single(Extract(text, null, tuesday));
        Assert.Equal(("incident", null, DayOfWeek.Tuesday), (collapse.Type, collapse.Date, collapse.NamedWeekday));
        Assert.Empty(Extract(text, null));
    }

    [Fact]
    public void An_undated_deed_on_a_month_and_day_without_a_year_keeps_them_for_the_merge()
    {
        const string text = "On November 20, the Quillon rescue crews completed a second pipe through the rubble.";
        var day = new TemporalExpression(text.IndexOf("November 20", StringComparison.Ordinal), 11, "November 20", TimexType.Date, "XXXX-11-20", Granularity.Day, null, null, null, "test");

        var deed = Assert.Single(Extract(text, null, day));
        Assert.Equal(("restoration", null, "11-20"), (deed.Type, deed.Date, deed.NamedDay));
        Assert.Equal("11-20", EventDater.UnanchoredDay([day], 0, text.Length, 0)?.MonthDay);
    }

    [Fact]
    public void A_statement_on_a_day_nothing_anchors_is_not_kept_undated()
    {
        const string dayNamed = "Ivan Petrov, a police superintendent, said on Monday evening that the search was over.";
        var monday = new TemporalExpression(dayNamed.IndexOf("Monday evening", StringComparison.Ordinal), 14, "Monday evening", TimexType.Date, "XXXX-WXX-1", Granularity.Day, null, null, null, "test");
        Assert.DoesNotContain(Extract(dayNamed, null, monday), e => e.Type == "statement");

        const string noDay = "Ivan Petrov, a police superintendent, said that the search was over.";
        Assert.Null(Assert.Single(Extract(noDay, null), e => e.Type == "statement").Date);
    }

    [Fact]
    public void A_relative_clause_about_someone_is_neither_the_frame_nor_the_deed()
    {
        const string text = "Ivan Petrov was sent to jail in April for contacting his former aide Mara Holt, who pleaded guilty and testified against him.";
        var events = Extract(text, Friday, Month(text, "in April", new DateOnly(2023, 4, 1)));

        var arrest = Assert.Single(events);
        Assert.Equal(("arrest", "2023-04"), (arrest.Type, arrest.Date!.Value));
        Assert.Null(arrest.Attribution);
    }

    [Fact]
    public void A_relative_clause_that_reports_something_still_frames_the_sentence()
    {
        const string text = "That did not sway Judge Mara Holt, who said on Thursday there was a risk he would flee.";
        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))), e => e.Type == "statement");

        Assert.Equal(("mara-holt", "2023-10-12"), (statement.Participants[0].ActorId, statement.Date!.Value));
    }

    [Fact]
    public void A_reporting_verb_in_a_relative_clause_without_a_comma_is_not_the_frame()
    {
        const string text = "Speaking of the aides who testified against him at the trial, Ivan Petrov said on Thursday that they had built something.";
        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12))), e => e.Type == "statement");

        Assert.Equal(("ivan-petrov", "speaker", "2023-10-12"), (statement.Participants[0].ActorId, statement.Participants[0].Role, statement.Date!.Value));
    }

    [Theory]
    [InlineData("If he serves the full term, Ivan Petrov will be 57 on release, but experts have said he is unlikely to serve it all.")]
    [InlineData("Ivan Petrov will be 57 on release; experts have said he is unlikely to serve it all.")]
    [InlineData("Ivan Petrov's lawyers argued that he made his choices with math in his head.")]
    public void A_person_outside_the_speakers_own_words_is_not_the_speaker(string text)
    {
        Assert.DoesNotContain(Extract(text, Friday), e => e.Participants.Any(p => p is { ActorId: "ivan-petrov", Role: "speaker" }));
        Assert.Contains(Extract(text.Replace("experts have", "Ivan Petrov has", StringComparison.Ordinal).Replace("'s lawyers", "", StringComparison.Ordinal), Friday),
            e => e.Participants.Any(p => p is { ActorId: "ivan-petrov", Role: "speaker" }));
    }

    [Fact]
    public void A_pronoun_speaker_stands_for_a_person_named_before_the_quotation_not_in_it()
    {
        const string text = "Attorney Mara Holt praised the verdict on Thursday. \u201CMen like Ivan Petrov may be new, but this kind of fraud is old,\u201D she said.";
        var events = Extract(text, Friday, Day(text, "on Thursday", new DateOnly(2023, 10, 12)));

        Assert.DoesNotContain(events, e => e.Participants.Any(p => p is { ActorId: "ivan-petrov", Role: "speaker" }));
        Assert.Contains(events, e => e.Participants.Any(p => p is { ActorId: "mara-holt", Role: "speaker" }));
    }

    [Fact]
    public void A_pronoun_subject_takes_part_as_the_person_named_before()
    {
        const string text = "Ivan Petrov was freed on bail last year. Originally under house arrest, he was jailed in April after a judge found he had contacted witnesses.";
        var arrest = Assert.Single(Extract(text, Friday, Month(text, "in April", new DateOnly(2023, 4, 1))), e => e.Type == "arrest");

        Assert.Contains(arrest.Participants, p => p.ActorId == "ivan-petrov");
    }

    [Fact]
    public void A_pronoun_alone_does_not_keep_an_undated_deed()
    {
        const string text = "Ivan Petrov denied the charges. Ivan Petrov spoke for an hour. He was arrested.";
        Assert.DoesNotContain(Extract(text, Friday), e => e.Type == "arrest");
    }

    [Fact]
    public void A_passive_report_with_its_own_subject_is_an_announcement_not_a_frame()
    {
        const string text = "Limited access was announced on April 25 ahead of the Monday, June 10 announcement of new rules for the channel.";
        var events = Extract(text, new DateOnly(2024, 6, 12), Day(text, "April 25", new DateOnly(2024, 4, 25)), Day(text, "Monday, June 10", new DateOnly(2024, 6, 10)));

        Assert.Equal(["announcement 2024-04-25", "announcement 2024-06-10"], events.Select(e => $"{e.Type} {e.Date?.Value}"));
        Assert.All(events, e => Assert.Null(e.Attribution));
    }

    [Fact]
    public void A_deed_and_the_statement_telling_it_on_the_same_day_are_one_event_the_deed_with_its_speaker()
    {
        const string text = "Search efforts were suspended on Friday, Rear Admiral Mara Holt of the Harbour Guard told reporters.";
        var events = Extract(text, Friday, Day(text, "on Friday", Friday));

        var suspension = Assert.Single(events);
        Assert.Equal(("suspension", "2023-10-13"), (suspension.Type, suspension.Date!.Value));
        Assert.Contains(suspension.Participants, p => p is { ActorId: "mara-holt", Role: "speaker" });
        Assert.Contains(suspension.Participants, p => p.ActorId == "harbour-guard");
    }

    [Fact]
    public void A_statement_telling_of_a_deed_it_does_not_date_is_the_report_of_that_deed()
    {
        const string text = "The Harbour Guard has said the search for survivors has been suspended.";
        var report = Assert.Single(Extract(text, null));

        Assert.Equal("suspension", report.Type);
        Assert.Null(report.Date);
        Assert.Equal(("harbour-guard", "speaker"), (report.Participants[0].ActorId, report.Participants[0].Role));
    }

    [Fact]
    public void A_statement_whose_content_names_no_deed_stays_one_statement()
    {
        const string text = "Mara Holt said on Tuesday that teams had reached the site and were working through the night.";
        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Tuesday", new DateOnly(2023, 10, 10))));

        Assert.Equal(("statement", "2023-10-10"), (statement.Type, statement.Date!.Value));
    }

    [Theory]
    [InlineData("The cargo ship Sea Wren was refloated on Friday.", "refloated")]
    [InlineData("The cargo ship Sea Wren became buoyant on Friday.", "became buoyant")]
    public void An_event_keeps_the_words_that_typed_it(string text, string trigger)
    {
        var restoration = Assert.Single(Extract(text, Friday, Day(text, "on Friday", Friday)));
        Assert.Equal(("restoration", trigger), (restoration.Type, restoration.Trigger));
    }

    [Fact]
    public void What_a_speaker_said_would_happen_after_the_day_they_said_it_is_a_plan_of_that_day()
    {
        const string text = "Mara Holt said on Tuesday that recovery operations would begin on Friday.";
        var plan = Assert.Single(Extract(text, Friday, Day(text, "on Tuesday", new DateOnly(2023, 10, 10)), Day(text, "on Friday", Friday)));

        Assert.Equal(("plan", "2023-10-10", "2023-10-13"), (plan.Type, plan.Date!.Value, plan.PlannedFor!.Value));
        Assert.Contains(plan.Participants, p => p is { ActorId: "mara-holt", Role: "speaker" });
    }

    [Fact]
    public void A_capitalized_reporting_verb_is_part_of_a_name_not_a_frame()
    {
        const string text = "Ivan Petrov was brought to the United States from the Bahamas after his arrest in April.";
        var arrest = Assert.Single(Extract(text, Friday, Month(text, "in April", new DateOnly(2023, 4, 1))));

        Assert.Equal(("arrest", "2023-04"), (arrest.Type, arrest.Date!.Value));
        Assert.Null(arrest.Attribution);
    }

    [Fact]
    public void An_event_word_that_names_a_place_does_not_type_the_sentence()
    {
        const string text = "The cargo ship Sea Wren was re-floated and moved away from the bridge collapse site on Friday.";
        var restoration = Assert.Single(Extract(text, Friday, Day(text, "on Friday", Friday)));

        Assert.Equal("restoration", restoration.Type);
    }

    [Fact]
    public void A_dated_deed_and_a_statement_with_no_time_of_its_own_are_one_event()
    {
        const string text = "The village reopened its water intake on Tuesday, Mayor Brant Holm said.";
        var restoration = Assert.Single(Extract(text, Friday, Day(text, "on Tuesday", new DateOnly(2023, 10, 10))));

        Assert.Equal(("restoration", "2023-10-10"), (restoration.Type, restoration.Date!.Value));
        Assert.Contains(restoration.Participants, p => p is { ActorId: "brant-holm", Role: "speaker" });
    }

    [Theory]
    [InlineData("The old sluice gate opened early on Friday, Mayor Brant Holm said.", "occurrence")]
    [InlineData("The old sluice gate was open early on Friday, Mayor Brant Holm said.", "statement")]
    [InlineData("Mayor Brant Holm said early on Friday the old sluice gate opened.", "statement")]
    public void An_untyped_deed_with_a_time_of_its_own_told_by_a_speaker_on_its_day_is_that_deed(string text, string type)
    {
        var report = Assert.Single(Extract(text, Friday, Day(text, "early on Friday", Friday)));

        Assert.Equal((type, "2023-10-13"), (report.Type, report.Date!.Value));
        Assert.Contains(report.Participants, p => p is { ActorId: "brant-holm", Role: "speaker" });
    }

    [Theory]
    [InlineData("The Harlow Health Office says a second patient from Kestrelford has died.", "2023-10-13")]
    [InlineData("The Harlow Health Office said on Wednesday that a second patient from Kestrelford has died.", "2023-10-11")]
    public void A_present_perfect_deed_a_speaker_tells_is_that_deed_on_the_day_it_was_told(string said, string day)
    {
        // Past the lead, and with the port named before, the undated deed would stand beside the statement.
        var text = "The ferry sailed at dawn from Kestrelford. The sea was calm. Crews checked the engines in Kestrelford. The port is small. " + said;
        var timexes = text.Contains("on Wednesday", StringComparison.Ordinal) ? new[] { Day(text, "on Wednesday", new DateOnly(2023, 10, 11)) } : [];
        var death = Assert.Single(Extract(text, Friday, timexes));

        Assert.Equal(("deaths", day), (death.Type, death.Date!.Value));
    }

    [Theory]
    [InlineData("The Harbour Union says it warned the company last month that cutting inspections put towns at risk.", "warning")]
    [InlineData("The Harbour Union has said the company cut inspections last month and warned that towns were at risk.", "occurrence")]
    public void A_content_that_names_no_deed_takes_the_speech_act_its_date_follows(string text, string type)
    {
        var report = Assert.Single(Extract(text, Friday, Month(text, "last month", new DateOnly(2023, 9, 1))));

        Assert.Equal((type, "2023-09"), (report.Type, report.Date!.Value));
    }

    [Fact]
    public void Adjuncts_between_the_verb_and_that_belong_to_the_frame()
    {
        const string text = "Minister Ivan Petrov said in the capital on Wednesday that he was following the situation closely.";
        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Wednesday", new DateOnly(2023, 10, 11))));

        Assert.Equal(("statement", "2023-10-11"), (statement.Type, statement.Date!.Value));
        Assert.Equal("ivan-petrov", statement.Participants[0].ActorId);
    }

    [Fact]
    public void A_plan_for_a_period_still_running_is_a_plan_and_a_participle_after_the_frame_is_no_content()
    {
        const string text = "Minister Ivan Petrov is scheduled to visit the town this week, his office said, without giving a date.";
        var plan = Assert.Single(Extract(text, Friday, Week(text, "this week", "2023-W41", new DateOnly(2023, 10, 9))));

        Assert.Equal(("plan", "2023-10-13", "2023-W41"), (plan.Type, plan.Date!.Value, plan.PlannedFor!.Value));
        Assert.Equal("His office", plan.Attribution);
    }

    [Fact]
    public void A_future_word_after_the_date_belongs_to_another_clause()
    {
        const string text = "Federal investigators have been at the site since Wednesday and expect to finish soon.";
        var report = Assert.Single(Extract(text, Friday, Day(text, "Wednesday", new DateOnly(2023, 10, 11))));

        Assert.NotEqual("plan", report.Type);
        Assert.Equal("2023-10-11", report.Date!.Value);
    }

    [Theory]
    [InlineData("Greyfin has previously attacked schools and councils.", 1)]
    [InlineData("Greyfin has in the past attacked schools and councils.", 1)]
    [InlineData("Greyfin attacked schools and councils.", 2)]
    public void A_deed_of_an_actors_history_told_with_no_time_is_no_event(string history, int events)
    {
        var text = "The Greyfin group attacked the port's computers on Friday. " + history;

        Assert.Equal(events, Extract(text, Friday, Day(text, "on Friday", Friday)).Count);
    }

    [Theory]
    [InlineData("The dairy recalled three cheeses on Friday.")]
    [InlineData("The food office widened the recall on Friday.")]
    [InlineData("The chain pulled every Hollin product from its shelves on Friday.")]
    public void A_product_recall_is_a_recall(string text)
    {
        var recall = Assert.Single(Extract(text, Friday, Day(text, "on Friday", Friday)));
        Assert.Equal(("recall", "2023-10-13"), (recall.Type, recall.Date!.Value));
    }

    [Theory]
    [InlineData("On Friday the ferry chief resigns and his deputy takes over.", "personnel")]
    [InlineData("On Friday the ferry chief apologises in a video message.", "apology")]
    [InlineData("The ferry chief said on Friday she was \"deeply sorry\" for the delays.", "apology")]
    public void A_chronologys_present_tense_and_a_said_sorry_type_the_deed(string text, string type)
    {
        var phrase = text.StartsWith("On Friday", StringComparison.Ordinal) ? "On Friday" : "on Friday";
        var report = Assert.Single(Extract(text, Friday, Day(text, phrase, Friday)));
        Assert.Equal(type, report.Type);
    }

    [Theory]
    [InlineData("She recalled the day the plant opened.")]
    [InlineData("\"It was chaos,\" he recalled on Friday.")]
    public void Remembering_is_no_recall(string text)
    {
        var timexes = text.Contains("on Friday", StringComparison.Ordinal) ? new[] { Day(text, "on Friday", Friday) } : [];
        Assert.DoesNotContain(Extract(text, Friday, timexes), e => e.Type == "recall");
    }

    [Fact]
    public void A_date_after_up_to_ends_a_period_and_dates_nothing()
    {
        const string text = "The recall covers Vale Brie in all pack sizes, with best-before dates up to 21 October.";
        var events = Extract(text, Friday, Day(text, "21 October", new DateOnly(2023, 10, 21)));

        Assert.DoesNotContain(events, e => e.PlannedFor?.Value == "2023-10-21" || e.Date?.Value == "2023-10-21");
    }

    [Fact]
    public void A_quotation_that_tells_a_deed_of_a_day_it_names_is_that_deed()
    {
        const string text = "\"My mother died on Tuesday, in a hospital bed,\" Tomas Brant said.";
        var death = Assert.Single(Extract(text, Friday, Day(text, "on Tuesday", new DateOnly(2023, 10, 10))));

        Assert.Equal(("deaths", "2023-10-10"), (death.Type, death.Date!.Value));
    }

    [Fact]
    public void A_quotation_of_a_deed_without_a_day_stays_what_was_said()
    {
        const string text = "\"My mother died in a hospital bed,\" Tomas Brant said on Tuesday.";
        var said = Assert.Single(Extract(text, Friday, Day(text, "on Tuesday", new DateOnly(2023, 10, 10))));

        Assert.Equal("2023-10-10", said.Date!.Value);
        Assert.Contains(said.Participants, p => p is { ActorId: "tomas-brant", Role: "speaker" });
    }

    [Theory]
    [InlineData("The premier on Friday ordered the auditor to review how the ferry tender was run.", "review")]
    [InlineData("The premier on Friday ordered a review of the ferry tender.", "review")]
    [InlineData("Health officials on Friday were looking into four cases of illness.", "looking into")]
    public void An_ordered_review_or_looking_into_something_is_an_investigation(string text, string trigger)
    {
        var review = Assert.Single(Extract(text, Friday, Day(text, "on Friday", Friday)));
        Assert.Equal(("investigation", trigger), (review.Type, review.Trigger));
    }

    [Theory]
    [InlineData("Fourteen cars of the freight train left the track on Friday.", "left the track")]
    [InlineData("The night train jumped the tracks on Friday near the river.", "jumped the tracks")]
    public void A_train_leaving_the_track_is_an_incident(string text, string trigger)
    {
        var incident = Assert.Single(Extract(text, Friday, Day(text, "on Friday", Friday)));
        Assert.Equal(("incident", trigger), (incident.Type, incident.Trigger));
    }

    [Fact]
    public void The_announcement_of_a_return_to_normal_is_the_restoration_it_announces()
    {
        const string text = "Limited access was announced on Tuesday ahead of the Friday announcement of a return to the original operating dimensions.";
        var events = Extract(text, Friday, Day(text, "on Tuesday", Friday.AddDays(-3)), Day(text, "Friday", Friday));

        Assert.Equal(
            [("announcement", Friday.AddDays(-3)), ("restoration", Friday)],
            events.Select(e => (e.Type, DateOnly.Parse(e.Date!.Value, System.Globalization.CultureInfo.InvariantCulture))).OrderBy(e => e.Item2));
    }

    [Fact]
    public void On_a_page_with_no_date_a_count_of_days_places_its_weekdays_and_is_no_event_itself()
    {
        const string text = "The Quillon tunnel collapsed on the morning of November 12. A wider pipe was pushed through the rubble on Monday. "
            + "As the operation entered its 10th day on Tuesday, loose soil slowed the crews.";

        var events = EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, null), ActorExtractor.Default.Extract(text), PublicationDating.None);

        var pipe = Assert.Single(events, e => e.Quote.StartsWith("A wider pipe", StringComparison.Ordinal));
        Assert.Equal(("occurrence", "11-20", DayOfWeek.Monday), (pipe.Type, pipe.NamedDay, pipe.NamedWeekday));
        Assert.Null(pipe.Date);
        Assert.DoesNotContain(events, e => e.Quote.StartsWith("As the operation", StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_page_with_no_date_and_no_count_a_weekday_alone_places_nothing()
    {
        const string text = "The Quillon tunnel collapsed on the morning of November 12. A wider pipe was pushed through the rubble on Monday.";

        var events = EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, null), ActorExtractor.Default.Extract(text), PublicationDating.None);

        Assert.DoesNotContain(events, e => e.Quote.StartsWith("A wider pipe", StringComparison.Ordinal));
        Assert.Equal("11-12", Assert.Single(events).NamedDay);
    }

    [Fact]
    public void An_event_word_after_a_comma_and_after_takes_the_date_of_its_own_clause()
    {
        const string text = "The ferry line ran its first crossing in three weeks on Saturday, after the harbour board lifted its ban on the vessels on Friday.";
        var events = Extract(text, Friday.AddDays(3), Day(text, "on Saturday", Friday.AddDays(1)), Day(text, "on Friday", Friday));

        // The clause before ", after" keeps its own date as an event without an event word.
        Assert.Equal(
            [("occurrence", Friday.AddDays(1), "The ferry line ran its first crossing in three weeks on Saturday."), ("restoration", Friday, events.Single(e => e.Type == "restoration").Summary)],
            events.Select(e => (e.Type, DateOnly.Parse(e.Date!.Value, System.Globalization.CultureInfo.InvariantCulture), e.Summary)).OrderByDescending(e => e.Item2));
    }

    [Theory]
    [InlineData("All 23 ferries covered by its February 13 directive had been inspected by the harbour board.", "February 13")]
    [InlineData("The harbour board's inquiry into the engine fire of February 13 has been widened.", "February 13")]
    public void A_date_that_names_another_thing_does_not_date_the_event_word(string text, string phrase)
    {
        var events = Extract(text, Friday.AddDays(3), Day(text, phrase, new DateOnly(2023, 2, 13)));

        Assert.DoesNotContain(events, e => e.Date?.Value == "2023-02-13");
    }

    [Theory]
    [InlineData("The harbour board has said the review will cover every ferry contract awarded since 2019.", "2019", "2019")]
    [InlineData("Divers reached the crewmen trapped since March 3 in the hull of the Velda.", "March 3", "2023-03-03")]
    [InlineData("The inquiry will examine all tenders lodged on March 3 with the port.", "March 3", "2023-03-03")]
    public void A_date_in_a_participle_phrase_after_a_noun_dates_that_noun_not_the_clause(string text, string phrase, string value)
    {
        var date = value.Length == 4 ? Year(text, phrase, int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : Day(text, phrase, DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        var events = Extract(text, Friday.AddDays(3), date);

        Assert.DoesNotContain(events, e => e.Date?.Value == value);
    }

    [Theory]
    [InlineData("The harbour board closed on March 3 all berths damaged in the storm.", "March 3")]
    [InlineData("Divers said the hull flooded on March 3.", "March 3")]
    [InlineData("Divers worked for hours after the hull flooded on March 3.", "March 3")]
    [InlineData("The stoppage at the port ended on March 3.", "March 3")]
    public void A_date_after_a_subjects_verb_or_before_the_noun_phrase_still_dates_the_clause(string text, string phrase)
    {
        var events = Extract(text, Friday.AddDays(3), Day(text, phrase, new DateOnly(2023, 3, 3)));

        Assert.Contains(events, e => e.Date?.Value == "2023-03-03");
    }

    [Theory]
    [InlineData("The harbour board's March 3 inquiry found a cracked blade.", "March 3")]
    [InlineData("The attack on the harbour began on the night of March 3.", "March 3")]
    public void A_date_of_the_event_word_or_of_a_time_of_day_dates_it(string text, string phrase)
    {
        var events = Extract(text, Friday, Day(text, phrase, new DateOnly(2023, 3, 3)));

        Assert.Contains(events, e => e.Date?.Value == "2023-03-03");
    }

    [Theory]
    [InlineData("Two travellers were admitted to the Quillon infirmary, after returning from the coast on Friday.")]
    [InlineData("On Friday, after weeks of talks, the dockers signed the agreement.")]
    public void Without_a_date_of_its_own_clause_an_event_word_keeps_the_other_clauses(string text)
    {
        var events = Extract(text, Friday.AddDays(3), Day(text, text.Contains("On Friday", StringComparison.Ordinal) ? "On Friday" : "on Friday", Friday));

        Assert.Equal(Friday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(events).Date?.Value);
    }

    [Theory]
    [InlineData("The ferry line cancelled its sailings on Friday, a day after one of its ferries made an emergency landing.", "incident", -1)]
    [InlineData("Rescuers pulled out the 41 miners on Friday, 16 days after the Quillon mine collapsed.", "incident", -16)]
    [InlineData("Cranes were moving again on Friday, a day after dockers voted to end the strike.", "vote", -1)]
    [InlineData("The mayor resigned on Friday, two weeks before the council election.", "vote", 14)]
    public void A_deed_counted_from_the_clauses_day_is_dated_by_the_count(string text, string type, int days)
    {
        var events = Extract(text, Friday.AddDays(20), Day(text, "on Friday", Friday));

        var counted = Assert.Single(events, e => e.Type == type);
        Assert.Equal(Friday.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), counted.Date?.Value);
        Assert.Contains(events, e => e.Date?.Value == Friday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_counted_clause_with_a_past_tense_and_no_event_word_is_an_untyped_deed_quoted_alone()
    {
        const string text = "The harbour minister resigned on Friday, three days after the Quillon Courier reported that the firm belonged to her brother.";
        var events = Extract(text, Friday.AddDays(1), Day(text, "on Friday", Friday));

        var counted = Assert.Single(events, e => e.Type == "occurrence");
        Assert.Equal(Friday.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), counted.Date?.Value);
        Assert.Equal("the Quillon Courier reported that the firm belonged to her brother.", counted.Quote);
        Assert.Equal(text.IndexOf(counted.Quote, StringComparison.Ordinal), counted.QuoteStart);
    }

    [Theory]
    [InlineData("The council voted on Friday, seven weeks after this started.", false)]
    [InlineData("The council voted on Friday, two days after the mayor resigned.", true)]
    [InlineData("The council voted on Friday, two days after the company itself pulled its bid.", true)]
    public void An_untyped_counted_clause_tells_a_deed_only_when_it_says_who_did_what(string text, bool deed)
    {
        var events = Extract(text, Friday.AddDays(1), Day(text, "on Friday", Friday));

        Assert.Equal(deed, events.Any(e => e.Date?.Value != Friday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Weeks_and_days_count_together()
    {
        const string text = "Ida Brenn was sworn in as mayor yesterday, eight weeks and a day after the city voted.";
        var events = Extract(text, Friday, Day(text, "yesterday", Friday.AddDays(-1)));

        Assert.Equal("2023-08-16", Assert.Single(events, e => e.Type == "vote").Date?.Value);
    }

    [Fact]
    public void A_counted_noun_phrase_with_no_verb_is_no_deed()
    {
        const string text = "The harbour minister resigned on Friday, three days after her first interview.";

        Assert.DoesNotContain(Extract(text, Friday.AddDays(1), Day(text, "on Friday", Friday)), e => e.Type == "occurrence");
    }

    [Theory]
    [InlineData("The harbour minister resigned on Friday, three days after the Quillon Courier reported that the firm belonged to her brother.")]
    [InlineData("The harbour minister resigned on Friday, after the Quillon Courier reported that the firm belonged to her brother.")]
    public void A_reporting_verb_in_a_subordinate_clause_is_not_the_sentences_frame(string text)
    {
        var events = Extract(text, Friday.AddDays(1), Day(text, "on Friday", Friday));

        Assert.DoesNotContain(events, e => e.Type == "statement");
        Assert.Contains(events, e => e.Type == "personnel" && e.Date?.Value == Friday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_and_a_noun_as_the_speaker_is_the_organization_named_before_whose_name_ends_with_it()
    {
        const string text = "The Quillon Harbour Authority closed the port on Friday. The authority said it had sent divers to inspect the quay.";

        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Friday", Friday)), e => e.Type == "statement");

        Assert.Equal(("quillon-harbour-authority", EventParticipant.Speaker), (statement.Participants[0].ActorId, statement.Participants[0].Role));
    }

    [Theory]
    [InlineData("Quillon Air", "The airline")]
    [InlineData("Coastal Airways", "The carrier")]
    public void The_and_a_kind_of_body_as_the_speaker_is_the_organization_named_before_whose_name_ends_in_a_word_of_that_kind(string name, string speaker)
    {
        var text = $"{name} grounded its fleet on Friday. {speaker} said it had sent engineers to inspect the engines.";

        var statement = Assert.Single(Extract(text, Friday, Day(text, "on Friday", Friday)), e => e.Type == "statement");

        Assert.Contains(statement.Participants, p => p.Role == EventParticipant.Speaker && p.ActorId == name.ToLowerInvariant().Replace(' ', '-'));
    }

    [Fact]
    public void The_and_a_noun_that_ends_no_name_before_is_no_speaker()
    {
        const string text = "The Quillon Harbour Authority closed the port on Friday. The company said it had sent divers to inspect the quay.";

        Assert.DoesNotContain(Extract(text, Friday, Day(text, "on Friday", Friday)), e => e.Participants.Any(p => p.Role == EventParticipant.Speaker));
    }

    [Theory]
    [InlineData("\"We saw flames through the window,\" said Mira Colquhoun, 34, who was travelling to Quillon.")]
    [InlineData("\"The smell woke us at night,\" said Tomas Brenner, who lives beside the track.")]
    [InlineData("Anna Veld, a passenger on the ferry, said the crew had stayed calm.")]
    [InlineData("\"I want to know where my money goes,\" said Yara Belk, who runs a cafe on the square.")]
    [InlineData("\"We're out at dawn, same as before,\" said Tomas Wren, who has driven a bin lorry for six years.")]
    [InlineData("Hanne Lisk, a 24-year-old student nurse in Quillon, said her rent was due on Monday.")]
    public void What_a_private_person_quoted_for_colour_says_is_no_statement(string text)
    {
        Assert.DoesNotContain(Extract(text, Friday), e => e.Type == "statement");
    }

    /// <summary>
    /// An outside commentator, told by a role or a description of their work, gives a view, not a development: neither
    /// their statement nor an undated deed their words tell ("before anyone has filed a lawsuit") is an event.
    /// </summary>
    [Theory]
    [InlineData("\"A recall of this size can cost millions before anyone has filed a lawsuit,\" said Frieda Coughlan, a transport analyst at Corvel Partners.")]
    [InlineData("Petronella Dask, who teaches maritime law at the University of Quillon, said stopping a ferry contract is harder than it sounds.")]
    [InlineData("Alan Rusk, a professor of marine engineering at Halden University, said the fault was common in older engines.")]
    public void What_a_commentator_says_is_no_event(string text)
    {
        Assert.Empty(Extract(text, Friday));
    }

    /// <summary>A clause that opens with a condition tells what would happen: neither half is an event, but a speaker's statement stands.</summary>
    [Theory]
    [InlineData("If the virus returns in the winter, hospitals could run short of beds.", null)]
    [InlineData("Unless the talks resume on Monday, the dockers will strike again.", null)]
    [InlineData("Whatever the judges decide next week, the union will appeal.", null)]
    [InlineData("Whenever the river rises in the spring, the council closes the bridge.", null)]
    [InlineData("\"If we had waited for daylight, we would be counting bodies,\" Mayor Delphine Argall said on Friday.", "statement")]
    [InlineData("Hospitals ran short of beds on Friday, and the virus returned.", "occurrence")]
    public void A_clause_that_opens_with_a_condition_is_no_event(string text, string? kept)
    {
        var events = Extract(text, Friday, [.. TemporalTagger.Default.Tag(text, Friday)]);

        Assert.Equal(kept is null ? [] : [kept], events.Select(e => e.Type).Distinct());
    }

    [Theory]
    [InlineData("Professor Ana Reyes, the chair of the inquiry, said the report would be published.")]
    [InlineData("Petronella Dask, who runs the ferry company, said the contract would stand.")]
    public void A_party_to_the_story_is_no_commentator(string text)
    {
        Assert.Contains(Extract(text, Friday), e => e.Type == "statement");
    }

    [Theory]
    [InlineData("Mayor Delphine Argall, 52, said the town hall would reopen.")]
    [InlineData("Ivan Brel, 32, was convicted in May. Ivan Brel appealed. Ivan Brel said the trial had been unfair.")]
    [InlineData("Yara Belk, who runs the company, said the bid would stand.")]
    public void A_party_to_the_story_with_an_age_is_no_private_person(string text)
    {
        Assert.Contains(Extract(text, Friday), e => e.Type == "statement");
    }

    [Theory]
    [InlineData("The regulator normally closed failing banks at the end of a week.", false)]
    [InlineData("The dockers' union, which usually meets in May, has reached a deal with the Port of Quillon.", true)]
    [InlineData("Embassy staff visited the two sailors in the Quillon jail on five occasions.", false)]
    [InlineData("Quillon courts have convicted in every case brought under the harbour law.", false)]
    [InlineData("Embassy staff visited the two sailors in the Quillon jail.", true)]
    public void A_clause_that_tells_what_usually_happens_is_no_deed(string text, bool deed)
    {
        Assert.Equal(deed, Extract(text, Friday).Count > 0);
    }

    [Fact]
    public void What_a_rule_lets_happen_is_no_deed()
    {
        const string Page = "Quillon Post | 07 Mar 2025 08:15 GMT\n\nTwo held in Quillon port smuggling inquiry\n\n"
            + "\"Two men have been arrested on suspicion of smuggling and are being questioned,\" Ines Marr, a spokeswoman, said on behalf of the Quillon Police. "
            + "\"We will not comment while inquiries continue.\" Under Quillon law, suspects can be held for up to 72 hours before they must be charged or released.\n";

        var events = ArticleAnalyzer.Default.Analyze(new ArticleInput("quillon.txt", System.Text.Encoding.UTF8.GetBytes(Page))).Events;

        Assert.Contains(events, e => e.Type == "arrest");
        Assert.DoesNotContain(events, e => e.Quote.StartsWith("Under", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2016, false)]
    [InlineData(2021, true)]
    public void A_clause_without_an_event_word_long_before_the_page_is_a_things_history(int year, bool kept)
    {
        var text = $"The ferry involved was delivered to the Quillon line in {year}, according to fleet records.";

        var events = Extract(text, new DateOnly(2025, 2, 12), Year(text, $"{year}", year));

        Assert.Equal(kept, events.Any(e => e.Date?.Value == $"{year}"));
    }

    [Fact]
    public void A_hedged_count_dates_nothing()
    {
        const string text = "The hospital restored its records on Friday, almost two weeks after the attack began.";

        Assert.DoesNotContain(Extract(text, Friday, Day(text, "on Friday", Friday)), e => e.Type == "attack");
    }

    [Fact]
    public void A_clock_time_alone_is_a_time_of_the_day_the_text_is_about()
    {
        // The tagger anchors "06:55" to the last day the text mentions (March 3, a date of the fire); the page is
        // telling of Saturday.
        const string text = "The ferry line ran its first crossing on Saturday. Its inquiry into the engine fire of March 3 continues. "
            + "The first ferry left Quillon at 06:55 with 51 passengers on board.";
        var monday = new DateOnly(2025, 3, 17);

        var events = EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, monday), ActorExtractor.Default.Extract(text), Dating(monday));

        var ferry = Assert.Single(events, e => e.Quote.StartsWith("The first ferry", StringComparison.Ordinal));
        Assert.Equal(("2025-03-15", "06:55"), (ferry.Date?.Value, Assert.Single(ferry.Date!.Texts)));
    }

    [Theory]
    [InlineData("06:55")]
    [InlineData("6.55am")]
    [InlineData("11 p.m.")]
    public void A_clock_time_with_or_without_am_or_pm_is_a_time_of_the_day_the_text_is_about(string clock)
    {
        var text = "The ferry line ran its first crossing on Saturday. Its inquiry into the engine fire of March 3 continues. "
            + $"The first ferry left Quillon at {clock} with 51 passengers on board.";
        var monday = new DateOnly(2025, 3, 17);

        var events = EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, monday), ActorExtractor.Default.Extract(text), Dating(monday));

        Assert.Equal("2025-03-15", Assert.Single(events, e => e.Quote.StartsWith("The first ferry", StringComparison.Ordinal)).Date?.Value);
    }

    [Theory]
    [InlineData("shortly before 11pm last night")]
    [InlineData("at 11pm on Thursday")]
    public void A_clock_time_beside_a_day_is_that_days(string when)
    {
        var text = $"The returning officer read out the figures {when} at the Exhibition Hall.";

        var events = EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, Friday), ActorExtractor.Default.Extract(text), Dating(Friday));

        Assert.Equal("2023-10-12", Assert.Single(events).Date?.Value);
    }

    [Theory]
    [InlineData("Police spokeswoman Rosa Pennick said the smugglers usually move their boats at night.")]
    [InlineData("Police spokeswoman Rosa Pennick said such strikes tend to end within a week.")]
    public void A_statement_of_what_usually_happens_is_commentary_not_an_event(string text)
    {
        Assert.Empty(Extract(text, Friday));
    }

    [Fact]
    public void A_statement_of_what_happened_is_kept()
    {
        const string text = "Police spokeswoman Rosa Pennick said the smugglers moved their boats at night.";

        Assert.Equal("statement", Assert.Single(Extract(text, Friday)).Type);
    }

    [Theory]
    [InlineData("On June 3, harbour minister Mara Holt told the council she had done nothing wrong.")]
    [InlineData("3 June: Harbour minister Mara Holt tells the council she did nothing wrong.")]
    public void On_a_page_with_no_date_a_statement_keeps_the_month_and_day_of_its_frame(string text)
    {
        var events = EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, null), ActorExtractor.Default.Extract(text), PublicationDating.None);

        Assert.Equal(("statement", "06-03"), (Assert.Single(events).Type, events[0].NamedDay));
    }

    [Fact]
    public void On_a_page_with_no_date_a_clause_with_a_month_and_day_is_an_event_without_an_event_word()
    {
        const string text = "On April 26 the Quillon choir returned to the capital.";

        var report = Assert.Single(EventExtractor.Default.Extract(text, TemporalTagger.Default.Tag(text, null), ActorExtractor.Default.Extract(text), PublicationDating.None));

        Assert.Equal(("occurrence", "04-26"), (report.Type, report.NamedDay));
    }

    private static IReadOnlyList<ExtractedEvent> Extract(string text, DateOnly? published, params TemporalExpression[] timexes) =>
        EventExtractor.Default.Extract(text, timexes, ActorExtractor.Default.Extract(text), Dating(published));

    private static PublicationDating Dating(DateOnly? published) =>
        published is { } date ? new PublicationDating(Stamp(date), [], []) : PublicationDating.None;

    private static PublicationDate Stamp(DateOnly date) => new(date, PublicationDateSource.Stamp, "test", 1);

    private static TemporalExpression Day(string text, string phrase, DateOnly date) =>
        At(text.IndexOf(phrase, StringComparison.Ordinal), phrase, date);

    private static TemporalExpression At(int start, string phrase, DateOnly date) =>
        new(start, phrase.Length, phrase, TimexType.Date, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Granularity.Day, date, date, null, "test");

    private static TemporalExpression Month(string text, string phrase, DateOnly first) =>
        new(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, phrase, TimexType.Date, first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Granularity.Month, first, first.AddMonths(1).AddDays(-1), null, "test");

    private static TemporalExpression Week(string text, string phrase, string value, DateOnly monday) =>
        new(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, phrase, TimexType.Date, value, Granularity.Week, monday, monday.AddDays(6), null, "test");
}
