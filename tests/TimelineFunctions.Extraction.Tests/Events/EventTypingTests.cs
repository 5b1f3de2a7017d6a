using TimelineFunctions.Extraction.Events;
using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>
/// The type a dated clause takes: the trigger rows (Resources/Events/triggers.tsv) and the choice of the clause's main
/// trigger among several (<c>PastTenseTrigger</c>), on invented sentences.
/// </summary>
public sealed class EventTypingTests
{
    private static readonly DateOnly Published = new(2025, 5, 16);

    /// <summary>The type of the one event of <paramref name="sentence"/>, dated by its "12 May".</summary>
    private static string TypeOf(string sentence) =>
        Assert.Single(ExtractPublished(Published, sentence, Day(sentence, "12 May", 2025, 5, 12))).Type;

    [Theory]
    [InlineData("Prosecutors charged the two harbour officials on 12 May.", "charge")]
    [InlineData("Police charged the driver on 12 May.", "charge")]
    [InlineData("Prosecutors charged both men with fraud on 12 May.", "charge")]
    [InlineData("The charges were authorised on 12 May by the state prosecutor.", "charge")]
    [InlineData("The regional prosecutor brought charges on 12 May.", "charge")]
    [InlineData("The losing candidate filed an election petition on 12 May.", "lawsuit")]
    [InlineData("Tenants filed a wrongful-eviction lawsuit on 12 May.", "lawsuit")]
    [InlineData("Ines Varga was declared the winner on 12 May.", "vote")]
    [InlineData("The result was declared at the town hall on 12 May.", "vote")]
    [InlineData("The polls closed in both wards on 12 May.", "vote")]
    [InlineData("The competition regulator cleared the takeover on 12 May.", "approval")]
    [InlineData("The watchdog gave its final approval on 12 May.", "approval")]
    [InlineData("Shareholders approved the merger on 12 May.", "vote")]
    [InlineData("The reporter was held without charge on 12 May.", "arrest")]
    [InlineData("Rescuers pulled out all 41 workers on 12 May.", "rescue")]
    [InlineData("The governor commuted his death sentence on 12 May.", "pardon")]
    [InlineData("She was freed on 12 May under an amnesty for political prisoners.", "release")]
    [InlineData("Divers pulled the last man out alive on 12 May.", "rescue")]
    [InlineData("The prisoner stopped eating on 12 May in protest at the delay.", "strike")]
    [InlineData("The council approved the plan by 30 votes to 5 on 12 May.", "vote")]
    public void A_row_types_the_clause(string sentence, string type) =>
        Assert.Equal(type, TypeOf(sentence));

    [Theory]
    [InlineData("The mill was closed on 12 May.", "suspension")]
    [InlineData("The county charged a fee on 12 May.", "occurrence")]
    [InlineData("Crews cleared the wreckage on 12 May.", "restoration")]
    [InlineData("The summit was held in the capital on 12 May.", "meeting")]
    [InlineData("Police pulled her out of the queue at the airport on 12 May.", "occurrence")]
    [InlineData("The carmaker pulled out of the bidding on 12 May.", "occurrence")]
    public void A_row_leaves_the_other_senses_alone(string sentence, string type) =>
        Assert.Equal(type, TypeOf(sentence));

    /// <summary>A deed the clause denies ("no one had died", "was not charged", "was never dismissed") types nothing (<c>Negation</c>).</summary>
    [Theory]
    [InlineData("No one died in the fire at the depot on 12 May.", "occurrence")]
    [InlineData("The driver was not charged with any offence after his arrest on 12 May.", "arrest")]
    [InlineData("The minister was never dismissed, and on 12 May he stood for election.", "vote")]
    [InlineData("No fewer than 40 people died in the fire on 12 May.", "deaths")]
    public void A_denied_deed_types_nothing(string sentence, string type) =>
        Assert.Equal(type, TypeOf(sentence));

    /// <summary>
    /// Whether an event word sits in a phrase its clause refers to: after a background preposition ("after the
    /// collapse", "since they were detained"), but not after "since" used as an adverb in a perfect ("has since
    /// grounded"), nor after a month's name that is also a modal ("on 12 May after the closure" still refers).
    /// </summary>
    [Theory]
    [InlineData("The ferries stopped after the collapse of the pier.", "collapse", true)]
    [InlineData("Two weeks since they were detained, no charge was laid.", "detained", true)]
    [InlineData("It could cost millions before anyone has filed a lawsuit.", "filed a lawsuit", true)]
    [InlineData("A consul saw her for the first time since the freelance journalist was detained.", "detained", true)]
    [InlineData("The court said the freelance journalist was detained unlawfully.", "detained", false)]
    [InlineData("The airline has since grounded the rest of its fleet.", "grounded", false)]
    [InlineData("Crowds gathered on 12 May after the closure.", "closure", true)]
    public void An_event_word_after_a_background_preposition_is_referred_to(string sentence, string word, bool referredTo)
    {
        var trigger = Assert.Single(TriggerLexicon.Default.Index(sentence).Find(0, sentence.Length), t => sentence.Substring(t.Start, t.Length) == word);

        Assert.Equal(referredTo, TriggerLexicon.Default.IsReferredTo(sentence, trigger));
    }

    /// <summary>
    /// A chronology line tells its deeds in the present ("is arrested and released"): a participle coordinated with
    /// the first takes its tense, so the first deed types the line, as it does in the past.
    /// </summary>
    [Theory]
    [InlineData("12 May: The port manager is arrested and released on bail.")]
    [InlineData("The port manager was arrested and released on bail on 12 May.")]
    public void Coordinated_participles_share_the_tense_of_the_first(string sentence) =>
        Assert.Equal("arrest", TypeOf(sentence));

    /// <summary>An event noun after a preposition that opens an adjunct is no object of the verb before it.</summary>
    [Fact]
    public void A_noun_after_an_adjunct_preposition_is_no_object_of_the_verb()
    {
        const string sentence = "12 May: The port manager is questioned and released under investigation.";

        Assert.Equal("release", TypeOf(sentence));
    }

    /// <summary>
    /// A trigger that holds its own subject ("the polls have closed", "the trial began") is a clause told as done, not
    /// a participle after a determiner: a lead with no time phrase tells it as the page's news.
    /// </summary>
    [Theory]
    [InlineData("The polls have closed across the city.", "vote")]
    [InlineData("The trial began in the capital.", "trial")]
    public void A_trigger_with_its_own_subject_is_a_deed_told_as_done(string lead, string type)
    {
        var news = Assert.Single(ExtractPublished(Published, lead));

        Assert.Equal((type, "2025-05-16"), (news.Type, news.Date?.Value));
    }
}
