using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Extraction.Comparison;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Application.Merging;

/// <summary>One article's report of an event, with what the merge compares precomputed.</summary>
internal sealed class MergeCandidate
{
    public MergeCandidate(EventContribution contribution, WordIds vocabulary)
    {
        Contribution = contribution;
        Words = ContentWords.Of(contribution.Quote, contribution.Summary);
        ContentIds = vocabulary.Of(Words);
        TriggerWords = ContentWords.Of(contribution.Trigger);
        DistinctiveActors = [.. contribution.Actors.Where(IsDistinctive).Select(ActorIdWords.Of)];
        Places = [.. contribution.Actors.Where(a => a.Type == "location").Select(ActorIdWords.Of)];
        SpeakerId = contribution.Actors.FirstOrDefault(a => a.Role == EventParticipant.Speaker)?.Id;
        SpeakerWords = SpeakerId is null ? null : ActorIdWords.Of(SpeakerId);
        Voice = VoiceOf(contribution, SpeakerWords);
        PrecisionRank = RankOf(contribution.Date);
        NamedWeekday = contribution.Date is null && Enum.TryParse<DayOfWeek>(contribution.NamedWeekday, ignoreCase: true, out var weekday) ? weekday : null;
    }

    public EventContribution Contribution { get; }

    public EventDateInfo? Date => Contribution.Date;

    /// <summary>For a plan, the date it is planned for.</summary>
    public EventDateInfo? PlannedFor => Contribution.PlannedFor;

    public HashSet<string> Words { get; }

    /// <summary><see cref="Words"/> as numbers of the merge's vocabulary, ascending: what the matcher compares.</summary>
    public int[] ContentIds { get; }

    /// <summary>The content words of the words that typed the report ("refloated", "became buoyant": "refloat").</summary>
    public HashSet<string> TriggerWords { get; }

    /// <summary>
    /// The words of the ids of the actors that single out an event (not countries or places, which many events of
    /// a story share): two reports name the same actor when one id's words hold the other's ("key-bridge" and
    /// "francis-scott-key-bridge", "north-koreans" and "north-korean-defectors"), since each article resolves its own
    /// names.
    /// </summary>
    public IReadOnlyList<string[]> DistinctiveActors { get; }

    /// <summary>The words of the ids of the places the report names: how an undated report finds its candidates when it names no distinctive actor.</summary>
    public IReadOnlyList<string[]> Places { get; }

    public string? SpeakerId { get; }

    /// <summary>The words of <see cref="SpeakerId"/>, to find the speaker among another article's actors.</summary>
    public string[]? SpeakerWords { get; }

    /// <summary>
    /// Whose words the report gives, as actor id words: its speaker, and what the speaker speaks for
    /// (<see cref="EventParticipant.SpeaksFor"/>: "Halvorsen spokeswoman Ida Brenn said" is Brenn and Halvorsen).
    /// Empty without a speaker.
    /// </summary>
    public IReadOnlyList<string[]> Voice { get; }

    /// <summary>The words of the ids of the report's agents that single out an event: who did it.</summary>
    public IReadOnlyList<string[]> Agents => _agents ??= AgentsOf(Contribution);

    private IReadOnlyList<string[]>? _agents;

    private static IReadOnlyList<string[]> AgentsOf(EventContribution contribution) =>
        [.. contribution.Actors.Where(a => a.Role == EventParticipant.Agent && IsDistinctive(a)).Select(ActorIdWords.Of)];

    /// <summary>
    /// The speaker and what it speaks for; for something said with no speaker ("Halvorsen announced the takeover"),
    /// its agents; with neither, the words of the phrase that names who spoke, when it has at least
    /// <see cref="MinSpeakerPhraseWords"/> content words ("Caldria's foreign ministry said", where no actor was found).
    /// </summary>
    private static IReadOnlyList<string[]> VoiceOf(EventContribution contribution, string[]? speakerWords)
    {
        if (speakerWords is not null)
        {
            return [speakerWords, .. contribution.Actors.Where(a => a.Role == EventParticipant.SpeaksFor).Select(ActorIdWords.Of)];
        }

        if (!EventKind.IsSaid(contribution.Type))
        {
            return [];
        }

        var agents = AgentsOf(contribution);
        return agents.Count > 0 || contribution.Attribution is not { } phrase || ContentWords.Of(phrase) is not { Count: >= MinSpeakerPhraseWords } words
            ? agents
            : [[.. words.Order(StringComparer.Ordinal)]];
    }

    /// <summary>
    /// The fewest content words a speaker's phrase needs to stand for a voice: one word ("Officials", "Police", "a
    /// source") names no one in particular, and would be held in any longer phrase ("the interior ministry").
    /// </summary>
    private const int MinSpeakerPhraseWords = 2;

    /// <summary>An actor that singles out an event: not a country or a place, which many events of a story share.</summary>
    private static bool IsDistinctive(EventActor actor) => actor.Type is not ("country" or "location");

    /// <summary>Whether both reports give the words of one speaker, or of one body through its people.</summary>
    public bool SpeaksWithOneVoice(MergeCandidate other) =>
        Voice.Any(x => other.Voice.Any(y => ActorIdWords.Same(x, y)));

    /// <summary>
    /// Whether the report presents its action as one more of its kind ("a second group was deported"). Only reports of
    /// one article on one day ask, so it is worked out when first asked.
    /// </summary>
    public bool TellsAnotherInstance => _tellsAnotherInstance ??= AnotherInstance.IsMarked(Contribution.Quote);

    private bool? _tellsAnotherInstance;

    /// <summary>
    /// For an undated report, the weekday its sentence names that nothing anchors. Such a report may join an event
    /// dated on that weekday but never forms one: standing alone, it would pass off a dated report as undated.
    /// </summary>
    public DayOfWeek? NamedWeekday { get; }

    public bool JoinsOnly => NamedWeekday is not null;

    /// <summary>Smaller for more precise dates; undated reports come last.</summary>
    public int PrecisionRank { get; }

    public bool IsDayPrecise => PrecisionRank == (int)Granularity.Day;

    /// <summary>Whether both reports are dated to the same day.</summary>
    public bool IsSameDayAs(MergeCandidate other) => IsDayPrecise && other.IsDayPrecise && Date!.Start == other.Date!.Start;

    /// <summary>
    /// The engine's <see cref="Granularity"/> order (day before week before month …); an unknown granularity after
    /// every known one, and undated last.
    /// </summary>
    public static int RankOf(EventDateInfo? date) =>
        date is null ? int.MaxValue
        : Enum.TryParse<Granularity>(date.Granularity, ignoreCase: true, out var granularity) ? (int)granularity
        : int.MaxValue - 1;

    /// <summary>
    /// The order the merge visits reports in: the most precise dates first, so that each event forms around its
    /// most precise report and vaguer ones join it; then by date and stable ids. It depends only on the reports
    /// themselves, which is what makes the timeline independent of arrival order.
    /// </summary>
    public static int CompareForMerge(MergeCandidate x, MergeCandidate y)
    {
        var byRank = x.PrecisionRank.CompareTo(y.PrecisionRank);
        if (byRank != 0)
        {
            return byRank;
        }

        if (x.Date is { } dx && y.Date is { } dy)
        {
            var byDate = dx.Start.CompareTo(dy.Start);
            if (byDate != 0)
            {
                return byDate;
            }
        }

        var byArticle = string.CompareOrdinal(x.Contribution.ArticleId, y.Contribution.ArticleId);
        return byArticle != 0 ? byArticle : x.Contribution.Ordinal.CompareTo(y.Contribution.Ordinal);
    }
}
