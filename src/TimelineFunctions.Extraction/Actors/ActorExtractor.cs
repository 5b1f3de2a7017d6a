using TimelineFunctions.Extraction.Actors.Rules;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// Finds the actors of a text: capitalized names (<see cref="NameSpanFinder"/>), each classified by the first rule that
/// recognises it, groups described in lower case (<see cref="DescribedGroupFinder"/>), roles from appositives (<see cref="RoleFinder"/>), and mentions merged into actors (<see
/// cref="ActorResolver"/>).
/// </summary>
/// <remarks>
/// Pure and thread-safe.
/// </remarks>
public sealed class ActorExtractor
{
    private static readonly HashSet<string> EventNameHeads = ActorWords.Of("event-name-heads", StringComparer.Ordinal);

    private static readonly HashSet<string> IllnessNameHeads = ActorWords.Of("illness-name-heads", StringComparer.Ordinal);

    private readonly ActorLexicon _lexicon;
    private readonly IReadOnlyList<IActorRule> _rules;

    public ActorExtractor(ActorLexicon lexicon)
    {
        _lexicon = lexicon;
        IActorRule[] ownerRules = [new DemonymRule(), new CountryRule(), new OrganizationRule(), new AcronymRule()];
        _rules =
        [
            new TickerRule(),
            new VesselRule(),
            new TitledPersonRule(ownerRules),
            new PersonOfOrganizationRule(),
            new DemonymRule(),
            new CountryRule(),
            new OrganizationRule(),
            new LocationRule(),
            new AcronymRule(),
            new WorkTitleRule(),
            new PersonNameRule(),
            new LocativeRule(),
            new SingleNameRule(),
        ];
    }

    public static ActorExtractor Default { get; } = new(ActorLexicon.Default);

    public ActorAnalysis Extract(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var mentions = new List<RawMention>();
        var clutter = new NameSpanFilter(text, tokens);
        foreach (var span in NameSpanFinder.Find(text, tokens, _lexicon).Where(s => !clutter.IsClutter(s) && !IsOnlyATitle(s) && !NamesAnEventOrIllness(s)))
        {
            mentions.AddRange(Classify(span));
        }

        mentions.AddRange(DescribedGroupFinder.Find(text, tokens, _lexicon));

        return ActorResolver.Resolve(RoleFinder.AddAppositiveRoles(text, mentions, _lexicon), LoneOrganizationCue.Words(tokens, _lexicon)) with { Tokens = new(text, tokens) };
    }

    /// <summary>
    /// The name of an event ("the Annual Meeting", "the Harbour Games", "the Special Meeting of Stockholders") or of an
    /// illness ("Swine Flu") is no actor: its head, the last word or the word before "of", says so.
    /// </summary>
    private static bool NamesAnEventOrIllness(NameSpan span)
    {
        for (var i = span.First; i <= span.Last; i++)
        {
            var isHead = i == span.Last || span.Tokens[i + 1].Text == "of";
            if (isHead && (EventNameHeads.Contains(span.Tokens[i].Text) || IllnessNameHeads.Contains(span.Tokens[i].Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title with no name after it ("Lt Gen (retd) Varun Mehra" splits at the bracket): no one.</summary>
    private bool IsOnlyATitle(NameSpan span) => _lexicon.Titles.MatchAt(span.Tokens, span.First, span.Last + 1) == span.Count;

    /// <summary>
    /// The first rule's verdict on the span. A run no rule recognises may be two names joined by a connector
    /// ("Hundreds of Ukrainians", "Moore and Buttigieg") or start with a capitalized ordinary word: its parts are
    /// tried instead.
    /// </summary>
    private IEnumerable<RawMention> Classify(NameSpan span)
    {
        var found = _rules.Select(r => r.Apply(span, _lexicon)).First(m => m is not null)!;
        if (span.Count == 1 || found.Any(m => m.Rule != SingleNameRule.SingleNameRuleName))
        {
            return found;
        }

        var parts = new List<RawMention>();
        var partStart = span.First;
        for (var i = span.First; i <= span.Last + 1; i++)
        {
            if (i == span.Last + 1 || !span.Tokens[i].IsCapitalized)
            {
                if (i - 1 >= partStart && (partStart != span.First || i - 1 != span.Last))
                {
                    parts.AddRange(Classify(span.Slice(partStart, i - 1)));
                }

                partStart = i + 1;
            }
        }

        return parts.Count > 0 ? parts : Classify(span.Slice(span.First + 1, span.Last));
    }
}
