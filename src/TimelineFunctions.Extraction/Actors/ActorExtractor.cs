using TimelineFunctions.Extraction.Actors.Rules;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// Finds the actors of a text: capitalized names (<see cref="NameSpanFinder"/>), each classified by the first
/// rule that recognises it, roles from appositives (<see cref="RoleFinder"/>), and mentions merged into actors
/// (<see cref="ActorResolver"/>). Pure and thread-safe.
/// </summary>
public sealed class ActorExtractor
{
    private readonly ActorLexicon _lexicon;
    private readonly IReadOnlyList<IActorRule> _rules;

    public ActorExtractor(ActorLexicon lexicon)
    {
        _lexicon = lexicon;
        IActorRule[] ownerRules = [new DemonymRule(), new CountryRule(), new OrganizationRule(), new AcronymRule()];
        _rules =
        [
            new VesselRule(),
            new TitledPersonRule(ownerRules),
            new DemonymRule(),
            new CountryRule(),
            new OrganizationRule(),
            new LocationRule(),
            new AcronymRule(),
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
        foreach (var span in NameSpanFinder.Find(text, tokens, _lexicon))
        {
            foreach (var rule in _rules)
            {
                if (rule.Apply(span, _lexicon) is { } found)
                {
                    mentions.AddRange(found);
                    break;
                }
            }
        }

        return ActorResolver.Resolve(RoleFinder.AddAppositiveRoles(text, mentions, _lexicon));
    }
}
