using TimelineFunctions.Extraction.Comparison;
using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Decides whether a report belongs to an event already formed from other reports, and how well: the same type,
/// dates that allow it (<see cref="DateRelations"/>), and content and actors similar enough for that date relation
/// (<see cref="MergeThresholds"/>).
/// </summary>
/// <remarks>
/// Returns the best similarity to any of the event's reports, or null.
/// </remarks>
/// <param name="thresholds">When two reports are one event.</param>
/// <param name="compareInFull">
/// Compare every pair in full, by the words themselves and with no early end: the plain reference the tests hold the
/// fast comparison (word numbers, and an end as soon as the content is too little for any way to match) to.
/// </param>
internal sealed class ReportMatcher(MergeThresholds thresholds, bool compareInFull = false)
{
    /// <summary>The least content similarity any way of matching other than <see cref="IsSameStatement"/> asks for.</summary>
    private readonly double _leastContent = compareInFull ? double.MinValue : LeastContent(thresholds);

    public double? Match(MergeCandidate report, EventCluster cluster)
    {
        var anchor = cluster.Anchor;
        foreach (var member in cluster.Members)
        {
            // A deed told as done at the occasion (DeedAtAnOccasion) binds no one else to its type.
            if (!TypesAgree(report.Contribution.Type, member.Contribution.Type) && !DeedAtAnOccasion.Either(report, member) && !DeedAtAnOccasion.Either(member, anchor))
            {
                return null;
            }
        }

        var relation = DateRelations.Between(report.Date, anchor.Date, thresholds.ConflictWindowDays);
        double? best = null;
        foreach (var member in cluster.Members)
        {
            var similarity = SamePlan(report, member)
                ?? (relation == DateRelation.Incompatible ? null : Similarity(report, member, relation));
            if (similarity is { } score && score > (best ?? double.MinValue))
            {
                best = score;
            }
        }

        return best;
    }

    private double? Similarity(MergeCandidate a, MergeCandidate b, DateRelation relation)
    {
        var content = Content(a, b);
        if (content < _leastContent && !IsSameStatement(a, b) && !IsOneArticlesDeedToldTwice(a, b))
        {
            // Every way to match below needs at least this much content, but for one speaker's statement and one
            // article's deed of a day told twice.
            return null;
        }

        // The actor overlap is worked out only when a rule or the score asks for it: most pairs are settled by content.
        double? actors = null;
        double Actors() => actors ??= ActorOverlap(a, b);
        // Two dated reports in one article are two events unless they are near copies (a headline and its lede) or
        // tell one kind of action on one day alike, neither as one more of its kind ("a second group was deported");
        // an undated one that matches is the article telling its dated event again ("had forced back 500").
        if (a.Contribution.ArticleId == b.Contribution.ArticleId && relation != DateRelation.Undated)
        {
            if (IsOneSentence(a.Contribution.Quote, b.Contribution.Quote) && a.Date!.Value != b.Date!.Value)
            {
                // One sentence the extractor read as events of two dates ("filed yesterday, and today a judge was
                // assigned"; a counted clause quoted alone: "three days after the Courier reported …") stays two events.
                return null;
            }

            var isRetelling = content >= thresholds.SameArticleContent
                || IsOneArticlesDeedToldTwice(a, b)
                || (TellSameDayDeedAlike(a, b, content) && !a.TellsAnotherInstance && !b.TellsAnotherInstance)
                || TellSameDayUntypedAlike(a, b, content)
                || (DeedAtAnOccasion.Either(a, b) && content >= thresholds.SameDayContent)
                || IsSameStatement(a, b);
            return isRetelling ? content + (Actors() / 2) : null;
        }

        var matches = relation switch
        {
            DateRelation.Undated => WeekdaysAgree(a, b) switch
            {
                false => false,
                _ when AreTwoVoices(a, b) => false,
                true when IsSameDeed(a, b) && content >= thresholds.SameDayContent => true,
                null when IsSameDeedToldWithItsWord(a, b) && content >= thresholds.SameDayContent => true,
                _ => (content >= thresholds.UndatedContent && Actors() >= thresholds.SharedActors)
                    || (content >= thresholds.SameContent && (a.DistinctiveActors.Count == 0 || b.DistinctiveActors.Count == 0)),
            },
            DateRelation.Conflicting => (content >= thresholds.ConflictingDateContent && Actors() >= thresholds.SharedActors && !IsOneVoiceOnTwoDays(a, b, content)
                    && (!IsEitherUntyped(a, b) || IsDoneOnItsPlannedDay(a, b)))
                || (IsSlip(a, b) && IsSameDeed(a, b) && Actors() >= thresholds.SharedActors && content >= thresholds.SameDayContent
                    && !a.TellsAnotherInstance && !b.TellsAnotherInstance),
            _ => content >= thresholds.SameContent
                || (content >= thresholds.SharedActorsContent && Actors() >= thresholds.SharedActors)
                || TellSameDayDeedAlike(a, b, content)
                || TellsSameDayDeedUntyped(a, b, content)
                || IsSameStatement(a, b),
        };
        return matches ? content + (Actors() / 2) : null;
    }

    /// <summary>
    /// Whether one of two day-dated reports is dated only by its page (no date text: "jurors have returned a verdict"
    /// in a lead) and falls on or after the other's day, within the conflict window: the page tells what had happened
    /// by then, so the sentence's day is the occasion's. Two days each given by a sentence are compared as before
    /// (a conflicting date needs <see cref="MergeThresholds.ConflictingDateContent"/>): a looser rule for them merged
    /// two occasions of consecutive days typed by one background word ("after the train derailed"). A report of one
    /// more of its kind ("a second person has died") is no slip of another's day.
    /// </summary>
    private bool IsSlip(MergeCandidate a, MergeCandidate b)
    {
        if (!a.IsDayPrecise || !b.IsDayPrecise)
        {
            return false;
        }

        var gap = a.Date!.Start.DayNumber - b.Date!.Start.DayNumber;
        return (a.Date.Texts.Count == 0 && b.Date.Texts.Count > 0 && gap > 0 && gap <= thresholds.ConflictWindowDays)
            || (b.Date.Texts.Count == 0 && a.Date.Texts.Count > 0 && gap < 0 && -gap <= thresholds.ConflictWindowDays);
    }

    /// <summary>
    /// Whether either report has no event word. Across a date conflict, words alone cannot make an untyped clause the
    /// event of another day: "Mayor Ann Corvel defended her deputy late on Tuesday" shares most of its words with "the
    /// mayor, who suspended him on Monday after defending him last week", and is another event.
    /// </summary>
    private bool IsEitherUntyped(MergeCandidate a, MergeCandidate b) =>
        a.Contribution.Type == thresholds.UntypedType || b.Contribution.Type == thresholds.UntypedType;

    /// <summary>
    /// Whether one report is a plan for the other's day: "will file a class action on Thursday", announced on Tuesday,
    /// and "On 6 November, lawyers filed a class action", however it is typed, are the plan and its doing.
    /// </summary>
    private static bool IsDoneOnItsPlannedDay(MergeCandidate a, MergeCandidate b) =>
        (a.PlannedFor is { } planned && b.IsDayPrecise && planned.Start == b.Date!.Start)
        || (b.PlannedFor is { } other && a.IsDayPrecise && other.Start == a.Date!.Start);

    /// <summary>Whether two quotes of one article are one sentence: the same, or one a clause of the other.</summary>
    private static bool IsOneSentence(string a, string b) =>
        a.Length >= b.Length ? a.Contains(b, StringComparison.Ordinal) : b.Contains(a, StringComparison.Ordinal);

    /// <summary>Two articles' plans for the same date, whenever each announced it, with some content in common.</summary>
    private double? SamePlan(MergeCandidate a, MergeCandidate b)
    {
        if (a.PlannedFor is not { } planned || b.PlannedFor?.Value != planned.Value || a.Contribution.ArticleId == b.Contribution.ArticleId)
        {
            return null;
        }

        var content = Content(a, b);
        return content >= thresholds.SamePlanContent ? content + (ActorOverlap(a, b) / 2) : null;
    }

    private bool TypesAgree(string a, string b) =>
        a == b || ((a == thresholds.UntypedType || b == thresholds.UntypedType) && a != thresholds.StatementType && b != thresholds.StatementType)
        || ((a == thresholds.StatementType || b == thresholds.StatementType) && EventKind.IsSaid(a) && EventKind.IsSaid(b));

    /// <summary>
    /// Two reports of one kind of action on one day with enough in common: content, or less content and the same word
    /// for the action ("was refloated", "became buoyant"; "were suspending", "were suspended").
    /// </summary>
    private bool TellSameDayDeedAlike(MergeCandidate a, MergeCandidate b, double content) =>
        IsSameDaySameDeed(a, b)
        && (content >= thresholds.SameDayContent || (content >= thresholds.SameTriggerWordContent && a.TriggerWords.Overlaps(b.TriggerWords)));

    /// <summary>
    /// Two untyped clauses of one article on one day that share a good part of their words: the article telling one
    /// development twice in words no trigger types ("a new pipe was inserted into the tunnel on Monday", "Monday's
    /// breakthrough involved pushing a six-inch pipe through the debris inside the tunnel").
    /// </summary>
    private bool TellSameDayUntypedAlike(MergeCandidate a, MergeCandidate b, double content) =>
        a.Contribution.Type == thresholds.UntypedType && b.Contribution.Type == thresholds.UntypedType
        && a.IsSameDayAs(b) && content >= thresholds.SameDayContent;

    /// <summary>
    /// An untyped clause and another article's deed of its day that share a good part of their words, and at least
    /// <see cref="MergeThresholds.DetailSharedWords"/> of them: the clause tells that deed in words no trigger types
    /// ("Staff found that files on the patient records system could not be opened late on Sunday" beside "the hospital
    /// was hit late on Sunday, when files on its patient records system were scrambled"). A short clause shares a
    /// good part of its words with almost anything of its day, so the count is asked too.
    /// </summary>
    private bool TellsSameDayDeedUntyped(MergeCandidate a, MergeCandidate b, double content)
    {
        var (untyped, deed) = a.Contribution.Type == thresholds.UntypedType ? (a, b) : (b, a);
        return untyped.Contribution.Type == thresholds.UntypedType && IsDeed(deed)
            && a.IsSameDayAs(b) && content >= thresholds.SameDayContent
            && SharedWords(a, b) >= thresholds.DetailSharedWords;
    }

    /// <summary>A report of something done: typed, not said, not a plan.</summary>
    public bool IsDeed(MergeCandidate report) =>
        report.Contribution.Type != thresholds.UntypedType && !EventKind.IsSaid(report.Contribution.Type)
        && report.Contribution.Type != EventKind.PlanType && report.PlannedFor is null;

    /// <summary>
    /// One article's deed of a day told twice with the same word, neither as one more of its kind: one deed whatever
    /// else the two sentences say ("Dockers voted on Wednesday to accept the offer", "78% of members who voted backed
    /// the deal").
    /// </summary>
    private bool IsOneArticlesDeedToldTwice(MergeCandidate a, MergeCandidate b) =>
        a.Contribution.ArticleId == b.Contribution.ArticleId && a.IsSameDayAs(b) && IsSameDeedToldWithItsWord(a, b);

    /// <summary>
    /// Two reports of one kind of action told with the same word, neither as one more of its kind: with a good part of
    /// their words in common, an undated one tells the dated one's deed ("She was detained at Kaval airport as she was
    /// about to fly home" beside "was detained at Kaval airport on 11 April"), whoever the sentence names.
    /// </summary>
    private bool IsSameDeedToldWithItsWord(MergeCandidate a, MergeCandidate b) =>
        IsSameDeed(a, b) && a.TriggerWords.Overlaps(b.TriggerWords) && !a.TellsAnotherInstance && !b.TellsAnotherInstance;

    /// <summary>Two reports of one kind of action (not a statement, not untyped) on the same day.</summary>
    public bool IsSameDaySameDeed(MergeCandidate a, MergeCandidate b) =>
        IsSameDeed(a, b) && a.IsSameDayAs(b);

    /// <summary>Two reports of one kind of action: not a statement, not untyped.</summary>
    private bool IsSameDeed(MergeCandidate a, MergeCandidate b) =>
        a.Contribution.Type == b.Contribution.Type
        && a.Contribution.Type != thresholds.UntypedType && a.Contribution.Type != thresholds.StatementType;

    /// <summary>
    /// Whether the weekday one report names (<see cref="MergeCandidate.NamedWeekday"/>) is the other's day: null when
    /// neither names one or the other is not dated to the day.
    /// </summary>
    private static bool? WeekdaysAgree(MergeCandidate a, MergeCandidate b)
    {
        var (named, other) = a.NamedWeekday is not null ? (a, b) : (b, a);
        return named.NamedWeekday is { } weekday && other.IsDayPrecise ? other.Date!.Start.DayOfWeek == weekday : null;
    }

    /// <summary>
    /// One speaker's statements on one day, in two outlets, are one statement (a briefing, a release); so are a body's
    /// and its spokesperson's ("Halvorsen said", "Halvorsen spokeswoman Ida Brenn said"). Actions a speaker told of
    /// are compared by what they say.
    /// </summary>
    private static bool IsSameStatement(MergeCandidate a, MergeCandidate b) =>
        AreBothSaid(a, b) && a.SpeaksWithOneVoice(b) && a.IsSameDayAs(b);

    /// <summary>
    /// Things said by two speakers who do not speak for each other: with no day to tie them to one occasion (one of
    /// them is undated), they are two statements however alike their words ("Halvorsen announced the takeover", "a
    /// furious response from Halvorsen and Brenn Yards, who said …").
    /// </summary>
    private static bool AreTwoVoices(MergeCandidate a, MergeCandidate b) =>
        AreBothSaid(a, b) && a.Voice.Count > 0 && b.Voice.Count > 0 && !a.SpeaksWithOneVoice(b);

    /// <summary>
    /// One speaker's words on two days, not the same words: two statements, whatever the speaker's name adds to their
    /// content ("the trust said the diversion would stay" and, the day before, "the trust has said it will not pay").
    /// A reprint a day late repeats the words (<see cref="MergeThresholds.ReprintContent"/>).
    /// </summary>
    private bool IsOneVoiceOnTwoDays(MergeCandidate a, MergeCandidate b, double content) =>
        AreBothSaid(a, b) && a.SpeaksWithOneVoice(b) && content < thresholds.ReprintContent;

    private static bool AreBothSaid(MergeCandidate a, MergeCandidate b) =>
        EventKind.IsSaid(a.Contribution.Type) && EventKind.IsSaid(b.Contribution.Type);

    private int SharedWords(MergeCandidate a, MergeCandidate b) =>
        compareInFull ? a.Words.Count(b.Words.Contains) : WordIds.Shared(a.ContentIds, b.ContentIds);

    private double Content(MergeCandidate a, MergeCandidate b) =>
        compareInFull ? ContentWords.Similarity(a.Words, b.Words) : WordIds.Similarity(a.ContentIds, b.ContentIds);

    private static double LeastContent(MergeThresholds t) =>
        new[] { t.SameContent, t.SharedActorsContent, t.SameDayContent, t.SameTriggerWordContent, t.UndatedContent, t.ConflictingDateContent, t.SamePlanContent, t.SameArticleContent }.Min();

    /// <summary>The share of the smaller set of distinctive actors that the other report names too.</summary>
    private static double ActorOverlap(MergeCandidate a, MergeCandidate b)
    {
        var (small, large) = a.DistinctiveActors.Count <= b.DistinctiveActors.Count
            ? (a.DistinctiveActors, b.DistinctiveActors)
            : (b.DistinctiveActors, a.DistinctiveActors);
        if (small.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var x in small)
        {
            foreach (var y in large)
            {
                if (ActorIdWords.Same(x, y))
                {
                    shared++;
                    break;
                }
            }
        }

        return (double)shared / small.Count;
    }
}
