using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// What the rules need to know about the sentence being read: its frame, and the slice
/// [<paramref name="firstMention"/>, <paramref name="endMention"/>) of the article's sorted mentions that lies in it.
/// </summary>
internal sealed partial class SentenceContext(
    string text,
    Sentence sentence,
    ReportingFrame frame,
    List<ActorMention> mentions,
    int firstMention,
    int endMention,
    Dictionary<string, Actor> actorsById,
    DateOnly? dct,
    DateOnly? referenceTime)
{
    private const int MaxQuoteChars = 1500;

    private static readonly ActorType[] PersonTypes = [ActorType.Person];

    private static readonly HashSet<string> PersonPronouns = EventWords.Of("person-pronouns");

    private static readonly HashSet<string> GroupPronouns = EventWords.Of("group-pronouns");

    /// <summary>A pronoun that stands for a person named before.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:he|she|him|her)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PersonalPronoun();

    private IEnumerable<ActorMention> InSentence => mentions.Skip(firstMention).Take(endMention - firstMention);

    /// <summary>The reference time: the day a recent dated report set the story at (<see cref="Events.ReferenceTime"/>).</summary>
    public DateOnly? ReferenceTime { get; } = referenceTime;

    /// <summary>The date of the chronology entry the sentence continues (<see cref="Chronology"/>), or null.</summary>
    public EventDate? ChronologyDate { get; init; }

    /// <summary>On a page with no date, its count of days and the day that names (<see cref="ElapsedDayCount"/>), or null.</summary>
    public ElapsedDayCount? PageCount { get; init; }

    /// <summary>The article's event words (<see cref="TriggerLexicon"/>), whatever their use; null in tests that give none.</summary>
    public TriggerIndex? ArticleEventWords { get; init; }

    /// <summary>Whether an event word of the sentence starts at <paramref name="at"/> (asked rarely: it looks them up each time).</summary>
    public bool IsEventWordAt(int at) => ArticleEventWords?.Find(Sentence.Start, Sentence.End).Any(t => t.Start == at) ?? false;

    /// <summary>On a page with no date, the month and day its dateline gives without a year (<see cref="Publication.PublicationDating.PageDay"/>), or null.</summary>
    public YearlessDay? PageDay { get; init; }

    public string Text { get; } = text;

    public Sentence Sentence { get; } = sentence;

    /// <summary>The document creation time: the publication date of the sentence's block.</summary>
    public DateOnly? Dct { get; } = dct;

    /// <summary>The sentence, without a participial gloss after a quote-first frame, and at most <see cref="MaxQuoteChars"/> long.</summary>
    public string Quote
    {
        get
        {
            var length = frame.ParticipialTail >= 0 ? frame.ParticipialTail - Sentence.Start : Sentence.Text.Length;
            return Sentence.Text[..Math.Min(length, MaxQuoteChars)];
        }
    }

    /// <summary>
    /// Each actor mentioned in [start, end) once, in order of first mention: agent before the trigger, target after it;
    /// before a passive trigger ("Vesk was suspended by the mayor") the subject is the target, and whoever "by" names
    /// the agent.
    /// </summary>
    public List<EventParticipant> Participants(int start, int end, int trigger)
    {
        // Plain loops: this runs for every event of every sentence.
        var participants = new List<EventParticipant>();
        var passive = trigger > start && trigger < end && IsPassive(trigger);
        for (var i = firstMention; i < endMention; i++)
        {
            var mention = mentions[i];
            if (mention.Start >= start && mention.Start < end && actorsById.ContainsKey(mention.ActorId) && !Contains(participants, mention.ActorId)
                && mention.Start >= DatelineEnd)
            {
                participants.Add(new EventParticipant(mention.ActorId, RoleOf(mention.Start, trigger, passive)));
            }
        }

        // "he was jailed in August": the person a pronoun stands for takes part as if named.
        if (FirstPronoun(start, end) is var pronoun and >= 0
            && NearestBefore(pronoun, PersonTypes) is { } person && !Contains(participants, person.Id))
        {
            participants.Add(new EventParticipant(person.Id, RoleOf(pronoun, trigger, passive)));
        }

        return participants;
    }

    /// <summary>
    /// Where the dateline that opens the sentence ends ("WENHAVEN, April 13 (CPA) - "): its place and agency tell where
    /// and by whom the story was filed, and take no part in its events. The sentence's start when none opens it.
    /// </summary>
    private int DatelineEnd => _datelineEnd ??= Sentence.Start + DatelineDates.Length(Sentence.Text);

    private int? _datelineEnd;

    private string RoleOf(int at, int trigger, bool passive) =>
        at < trigger ? (passive ? EventParticipant.Target : EventParticipant.Agent)
        : passive && IsAfterBy(at) ? EventParticipant.Agent
        : EventParticipant.Target;

    /// <summary>Whether "by" stands at most <see cref="MaxTitleWords"/> words before the name at <paramref name="at"/> ("by Mayor Ann Corvel").</summary>
    private bool IsAfterBy(int at)
    {
        var before = Text.AsSpan(0, at);
        for (var words = 0; words <= MaxTitleWords; words++)
        {
            var word = AdjacentWords.TakeLast(ref before);
            if (word.IsEmpty || word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return !word.IsEmpty;
            }
        }

        return false;
    }

    private const int MaxTitleWords = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FormsOfBe = EventWords.Lookup("forms-of-be");

    /// <summary>Whether a form of "be" stands right before the trigger ("was suspended", "have been arrested").</summary>
    private bool IsPassive(int trigger)
    {
        var before = Text.AsSpan(0, trigger);
        return FormsOfBe.Contains(AdjacentWords.TakeLast(ref before));
    }

    private List<int>? _pronouns;

    /// <summary>Where the first personal pronoun in [start, end) is, or -1; the sentence is searched once.</summary>
    private int FirstPronoun(int start, int end)
    {
        if (_pronouns is null)
        {
            _pronouns = [];
            foreach (var match in PersonalPronoun().EnumerateMatches(Sentence.Text))
            {
                _pronouns.Add(Sentence.Start + match.Index);
            }
        }

        foreach (var at in _pronouns)
        {
            if (at >= start && at < end)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The sentence's mention of an actor that ends right before <paramref name="end"/> (spaces aside), or null.</summary>
    public ActorMention? MentionEndingAt(int end)
    {
        while (end > Sentence.Start && Text[end - 1] == ' ')
        {
            end--;
        }

        for (var i = firstMention; i < endMention; i++)
        {
            if (mentions[i].Start + mentions[i].Length == end && actorsById.ContainsKey(mentions[i].ActorId))
            {
                return mentions[i];
            }
        }

        return null;
    }

    /// <summary>Whether [start, end) names an actor (a pronoun does not count) for which <paramref name="wanted"/> holds.</summary>
    public bool Names(int start, int end, Func<string, bool> wanted)
    {
        for (var i = firstMention; i < endMention; i++)
        {
            if (mentions[i].Start >= start && mentions[i].Start < end && actorsById.ContainsKey(mentions[i].ActorId) && wanted(mentions[i].ActorId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The speaker of the sentence before, when that sentence had a reporting frame: "Halvorsen said it was grateful.
    /// “We have crossed the final hurdle,” chief executive Ida Brenn said." names whom Brenn speaks for.
    /// </summary>
    public Actor? PreviousSpeaker { get; init; }

    /// <summary>
    /// For each person the article's earlier frames named with the bodies they speak for, those bodies
    /// (<see cref="BodiesNamedInFrame"/>): one person speaks for one body throughout an article.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? BodiesNamedBefore { get; init; }

    /// <summary>
    /// The organizations, countries and groups the frame's speaker, a person, speaks for: those the frame names
    /// (<see cref="BodiesNamedInFrame"/>); failing those, the ones an earlier frame of the article named for them
    /// ("Microsoft president Brad Smith says … . In a statement, Smith confirmed …"); failing those, the body that
    /// spoke in the sentence before, when the person holds an officer's title ("Halvorsen said … . “…,” chief
    /// executive Ida Brenn said").
    /// </summary>
    public IReadOnlyList<string> BodiesSpokenFor
    {
        get
        {
            if (Speaker is not { Type: ActorType.Person } speaker)
            {
                return [];
            }

            if (BodiesNamedInFrame.Count > 0)
            {
                return BodiesNamedInFrame;
            }

            if (BodiesNamedBefore?.GetValueOrDefault(speaker.Id) is { } known)
            {
                return known;
            }

            return PreviousSpeaker is { } previous && previous.Id != speaker.Id && IsBody(previous.Id)
                && speaker.Roles.Any(role => ActorLexicon.WordsOf(role).Any(OfficerTitles.Contains))
                ? [previous.Id]
                : [];
        }
    }

    private IReadOnlyList<string>? _bodiesNamedInFrame;

    /// <summary>
    /// The bodies the frame names for its speaker, a person (worked out once per sentence): right before the person's
    /// title ("Halvorsen chief executive Ida Brenn said", "Halvorsen's spokeswoman Ida Brenn said"), or in an
    /// appositive after the name ("Ida Brenn, a spokeswoman for Halvorsen, said", "said Ida Brenn, CEO, Halvorsen").
    /// </summary>
    public IReadOnlyList<string> BodiesNamedInFrame => _bodiesNamedInFrame ??= Speaker is { Type: ActorType.Person } speaker ? FindBodiesNamedFor(speaker) : [];

    private List<string> FindBodiesNamedFor(Actor speaker)
    {
        var bodies = new List<string>();
        var named = -1;
        for (var i = firstMention; i < endMention; i++)
        {
            if (mentions[i].ActorId == speaker.Id && frame.IsInFrame(mentions[i].Start) && !frame.IsInContent(mentions[i].Start))
            {
                named = i;
                break;
            }
        }

        if (named < 0)
        {
            return bodies;
        }

        if (BodyDescribedInFrame() is { } described)
        {
            bodies.Add(described.Id);
        }

        var person = mentions[named];
        var (personStart, personEnd) = (person.Start, person.Start + person.Length);
        for (var i = firstMention; i < endMention; i++)
        {
            var mention = mentions[i];
            var (start, end) = (mention.Start, mention.Start + mention.Length);
            if (frame.IsInFrame(start) && !frame.IsInContent(start) && !bodies.Contains(mention.ActorId) && IsBody(mention.ActorId)
                && ((end <= personStart && IsTitleBetween(SpeaksForBefore(), end, personStart))
                    || (start >= personEnd && IsTitleBetween(SpeaksForAfter(), personEnd, start))))
            {
                bodies.Add(mention.ActorId);
            }
        }

        return bodies;
    }

    /// <summary>
    /// The body a frame describes instead of naming it: "on behalf of the company", "on behalf of its board", "a
    /// spokesman for the chain" stand for the organization the text has named most often before (`[described-bodies]`);
    /// another noun stands for the one named last before whose name ends with it or in a name of its kind
    /// (`[body-kinds]`): "the trust" is "Alderbrook Health Trust".
    /// </summary>
    private Actor? BodyDescribedInFrame()
    {
        // The sentence's own text: a search of the whole text from here would run on to its end in every sentence.
        foreach (Match match in DescribedBody().Matches(Sentence.Text))
        {
            var at = Sentence.Start + match.Index;
            if (frame.IsInContent(at))
            {
                continue;
            }

            var noun = match.Groups["noun"].Value;
            var body = DescribedBodies.Contains(noun)
                ? MostNamedBefore(at, OrganizationTypes)
                : NearestBefore(at, OrganizationTypes, a => IsOfKind(a, noun));
            if (body is not null)
            {
                return body;
            }
        }

        return null;
    }

    /// <summary>Nouns that stand for whichever organization the article has named most often ("the company", "its board").</summary>
    private static readonly HashSet<string> DescribedBodies = EventWords.Of("described-bodies");

    /// <summary>"on behalf of the company", "on behalf of its board", "a spokeswoman for the chain".</summary>
    [GeneratedRegex(@"\b(?:on behalf of|(?:spokes(?:wo)?man|spokesperson|spokespeople|representative) for) (?:the|its|their) (?<noun>[a-z]+)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex DescribedBody();

    private bool IsBody(string actorId) =>
        actorsById.GetValueOrDefault(actorId) is { Type: ActorType.Organization or ActorType.Country or ActorType.Group };

    private bool IsTitleBetween(Regex pattern, int start, int end) =>
        pattern.IsMatch(Text.AsSpan(start, end - start))
        && ActorLexicon.Default.HasTitleWord(Text[start..end]);

    /// <summary>Titles of people who speak for the body they serve (`[officer-titles]`).</summary>
    private static readonly HashSet<string> OfficerTitles = ActorWords.Of("officer-titles", StringComparer.OrdinalIgnoreCase);

    /// <summary>Between a body and the person: a possessive, then lower-case words only ("'s chief executive").</summary>
    [GeneratedRegex(@"^(?:['\u2019]s)?(?:\s+[a-z][a-z.\-]*)+\s+$")]
    private static partial Regex SpeaksForBefore();

    /// <summary>Between the person and a body: an appositive's opening (", a spokeswoman for ", ", CEO, ").</summary>
    [GeneratedRegex(@"^,\s+(?:(?:a|an|the)\s+)?(?:[\w.\-]+\s+){0,4}?[\w.\-]+(?:,\s+|\s+(?:for|of|at)\s+(?:the\s+)?)$")]
    private static partial Regex SpeaksForAfter();

    public string? LocationIn(int start, int end)
    {
        for (var i = firstMention; i < endMention; i++)
        {
            if (mentions[i].Start >= start && mentions[i].Start < end && actorsById.GetValueOrDefault(mentions[i].ActorId) is { Type: ActorType.Location } place)
            {
                return place.Name;
            }
        }

        return null;
    }

    private static bool Contains(List<EventParticipant> participants, string actorId)
    {
        foreach (var participant in participants)
        {
            if (participant.ActorId == actorId)
            {
                return true;
            }
        }

        return false;
    }

    private (bool Found, Actor? Actor) _speaker;

    /// <summary>The actor who speaks in the frame (resolved once per sentence), or null.</summary>
    public Actor? Speaker
    {
        get
        {
            if (!_speaker.Found)
            {
                _speaker = (true, FindSpeaker());
            }

            return _speaker.Actor;
        }
    }

    /// <summary>The actor who speaks in the frame: named there, or the one a pronoun there stands for.</summary>
    private Actor? FindSpeaker()
    {
        // A name in the possessive is not the speaker: "Bankman-Fried's lawyers argued"; nor is one who is told or sent
        // the words: "said a company spokesperson in an email sent to Game Developer".
        var inFrame = InSentence
            .Where(m => frame.IsInFrame(m.Start) && !frame.IsInContent(m.Start) && !IsPossessive(m) && !IsAddressee(m) && !IsDatelineCredit(m))
            .Select(m => actorsById.GetValueOrDefault(m.ActorId))
            .ToList();
        var named = inFrame.FirstOrDefault(a => a is { Type: ActorType.Person })
            ?? inFrame.FirstOrDefault(a => a is { Type: ActorType.Organization or ActorType.Country or ActorType.Group });
        if (named is not null)
        {
            return named;
        }

        // A relative clause read as a sentence of its own (ClauseBeforeFrame): "who said …" is the actor named just before.
        if (Text.AsSpan(frame.FrameStart).StartsWith("who ", StringComparison.OrdinalIgnoreCase))
        {
            return NearestBefore(frame.FrameStart, [ActorType.Person, ActorType.Organization, ActorType.Country, ActorType.Group]);
        }

        // A pronoun in a relative clause of the speaker phrase is not the speaker: "Highway engineers who inspected it
        // on Wednesday said" is no "it said".
        var frameWords = Tokenizer.Tokenize(Text[frame.FrameStart..frame.FrameEnd])
            .Where(t => !RelativeClause.OpensInSpeakerPhrase(Text, frame.FrameStart, frame.FrameStart + t.Start))
            .Select(t => t.Text.ToLowerInvariant()).ToHashSet();
        ActorType[] wanted = frameWords.Overlaps(PersonPronouns) ? [ActorType.Person]
            : frameWords.Overlaps(GroupPronouns) ? [ActorType.Organization, ActorType.Country, ActorType.Group]
            : [];
        if (wanted.Length == 0)
        {
            // "…, the authority said": the organization named before whose name ends in that noun ("the Transport
            // Safety Authority"), as "the trust" is "Alderbrook Health Trust", or in a word of that kind of body ("the
            // airline" is "Larkspur Air").
            return DefiniteHead(SpeakerPhrase) is { } head
                ? NearestBefore(Math.Min(frame.FrameStart, frame.ContentStart), OrganizationTypes, a => IsOfKind(a, head))
                : null;
        }

        // The person a pronoun speaker stands for is named before the sentence's own words: in "“These players like
        // Sam Bankman-Fried may be new …,” he said", "he" is the attorney named in the sentence before.
        return NearestBefore(Math.Min(frame.FrameStart, frame.ContentStart), wanted);
    }

    /// <summary>
    /// A name in parentheses before a dash: the agency a dateline credits ("WENHAVEN, April 13 (CPA) - The ministry
    /// said …"), which filed the story and says nothing in it.
    /// </summary>
    private bool IsDatelineCredit(ActorMention mention)
    {
        var end = mention.Start + mention.Length;
        return mention.Start > 0 && Text[mention.Start - 1] == '(' && end < Text.Length && Text[end] == ')'
            && Text.AsSpan(end + 1).TrimStart(' ') is ['-' or '\u2013' or '\u2014', ..];
    }

    /// <summary>A name right after "to" (not "according to"): whom the words went to.</summary>
    private bool IsAddressee(ActorMention mention)
    {
        var before = Text.AsSpan(0, mention.Start).TrimEnd();
        return before.EndsWith(" to", StringComparison.OrdinalIgnoreCase) && !before.EndsWith("according to", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsPossessive(ActorMention mention)
    {
        var end = mention.Start + mention.Length;
        return end + 1 < Text.Length && Text[end] is '\'' or '\u2019' && Text[end + 1] is 's' or 'S' && (end + 2 == Text.Length || !char.IsLetter(Text[end + 2]));
    }

    /// <summary>The actor of one of the <paramref name="wanted"/> types mentioned last before <paramref name="offset"/>, or null.</summary>
    private Actor? NearestBefore(int offset, ActorType[] wanted, Func<Actor, bool>? fits = null)
    {
        for (var i = endMention - 1; i >= 0; i--)
        {
            if (mentions[i].Start < offset && actorsById.GetValueOrDefault(mentions[i].ActorId) is { } actor && wanted.Contains(actor.Type)
                && (fits is null || fits(actor)))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>
    /// The actor of one of the <paramref name="wanted"/> types the text names most often before <paramref name="offset"/>,
    /// the one named first on a tie: whom "the company" means in an article about a company and its contractor.
    /// </summary>
    private Actor? MostNamedBefore(int offset, ActorType[] wanted)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Actor? best = null;
        for (var i = 0; i < endMention && mentions[i].Start < offset; i++)
        {
            if (actorsById.GetValueOrDefault(mentions[i].ActorId) is { } actor && wanted.Contains(actor.Type))
            {
                var count = counts[actor.Id] = counts.GetValueOrDefault(actor.Id) + 1;
                if (best is null || (actor.Id != best.Id && count > counts[best.Id]))
                {
                    best = actor;
                }
            }
        }

        return best;
    }

    private static readonly ActorType[] OrganizationTypes = [ActorType.Organization, ActorType.Group];

    /// <summary>The noun of a speaker that is "the" and one lower-case noun ("the authority", "the trust"), else null.</summary>
    private static string? DefiniteHead(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var the, var noun]
        && the.Equals("the", StringComparison.OrdinalIgnoreCase) && noun.Length > 2 && noun.All(char.IsLower)
            ? noun
            : null;

    /// <summary>Kinds of body, each with the last words of names of its kind (`[body-kinds]`: "airline" with "Air", "Airways").</summary>
    private static readonly Dictionary<string, string[]> BodyKinds = EventWords.Of("body-kinds")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(words => words[0], words => words[1..], StringComparer.OrdinalIgnoreCase);

    private static string[] NameEndsOfKind(string kind) => BodyKinds.GetValueOrDefault(kind) ?? [];

    /// <summary>Whether the actor's name ends with <paramref name="noun"/> ("the authority": "the Transport Safety Authority") or in a name of that kind ("the airline": "Larkspur Air").</summary>
    private static bool IsOfKind(Actor actor, string noun) =>
        EndsWithWord(actor.Name, noun) || NameEndsOfKind(noun).Any(end => EndsWithWord(actor.Name, end));

    private static bool EndsWithWord(string name, string word) =>
        name.Length > word.Length && name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && name[^(word.Length + 1)] == ' ';

    /// <summary>
    /// The frame's words before the verb, for speakers that are not actors ("Officials", "the rights group"); in an
    /// inverted frame ("…,” said the rights group") or after "according to", its words after the verb, up to a comma.
    /// A participial phrase before the speaker ("Speaking to reporters on Friday, the minister") and a relative clause
    /// after it ("the mayor, who took office in 2021,") are not its name.
    /// </summary>
    public string SpeakerPhrase => field ??= FindSpeakerPhrase();

    private string FindSpeakerPhrase()
    {
        // "WENHAVEN, April 13 (CPA) - Caldria's foreign ministry said": the dateline names where and when, not who.
        var start = frame.FrameStart == Sentence.Start ? DatelineEnd : frame.FrameStart;
        var end = Math.Max(start, frame.VerbStart);
        // "13 April: The foreign ministry confirms", "UPDATE: Police say": a label before a colon names no one.
        start = Text.LastIndexOf(": ", Math.Max(start, end - 1), end - start, StringComparison.Ordinal) is var colon and >= 0 ? colon + 1 : start;
        var phrase = Text[start..end].Trim(' ', ',', '\u201D', '"', '\u2014', '\u2013');
        if (phrase.Length == 0)
        {
            var afterVerb = Text.IndexOf(' ', frame.VerbStart) is var space and >= 0 && space < frame.FrameEnd ? space + 1 : frame.FrameEnd;
            var tail = Text[afterVerb..frame.FrameEnd];
            tail = tail.StartsWith("to ", StringComparison.Ordinal) ? tail[3..] : tail;
            var words = (tail.IndexOf(',', StringComparison.Ordinal) is var stop and >= 0 ? tail[..stop] : tail).Trim(' ', '.', '\u201D', '"').Split(' ');
            phrase = string.Join(' ', words.TakeWhile(w => !QuoteFirstFrame.AdjunctStarts.Contains(w)));
        }

        phrase = WithoutAuxiliaries(phrase.Split(", ").FirstOrDefault(IsNamePart) ?? "");
        return phrase.Length is > 0 and <= 80 ? char.ToUpperInvariant(phrase[0]) + phrase[1..] : "A source";
    }

    private static readonly HashSet<string> Auxiliaries = EventWords.Of("auxiliaries");

    /// <summary>The phrase without the auxiliaries of its verb at its end ("the harbour board has" in "the harbour board has said").</summary>
    private static string WithoutAuxiliaries(string phrase)
    {
        var words = phrase.Split(' ');
        var kept = words.Length;
        while (kept > 1 && Auxiliaries.Contains(words[kept - 1]))
        {
            kept--;
        }

        return kept == words.Length ? phrase : string.Join(' ', words[..kept]);
    }

    /// <summary>
    /// Whether a comma-separated part of a speaker phrase names the speaker: not a participial phrase ("Speaking to
    /// reporters"), a relative clause ("who took office") or an adjunct ("In a statement released on Monday").
    /// </summary>
    private static bool IsNamePart(string part)
    {
        var first = part.Split(' ')[0];
        return first.Length > 0 && !first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !RelativeClause.CommaPronouns.Contains(first)
            && !QuoteFirstFrame.AdjunctStarts.Contains(first);
    }
}
