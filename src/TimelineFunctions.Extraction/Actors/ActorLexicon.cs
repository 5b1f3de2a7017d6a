using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>The actor lexicons under Resources/Actors, loaded once.</summary>
public sealed class ActorLexicon
{
    private ActorLexicon()
    {
        Countries = [.. ResourceText.Lines("Actors", "countries.tsv").Select(ParseCountry)];
        foreach (var country in Countries)
        {
            foreach (var name in country.OtherNames.Append(country.Name))
            {
                CountryNames.TryAdd(name, country);
            }

            foreach (var demonym in country.Demonyms)
            {
                Demonyms.TryAdd(demonym, country);
            }

            if (country.Capital is { Length: > 0 } capital)
            {
                Capitals.TryAdd(capital, country);
            }
        }

        Titles = new PhraseSet(ResourceText.Lines("Actors", "titles.txt"));
        OrganizationHeads = new(ResourceText.Lines("Actors", "organization-heads.txt").Select(l => l.TrimEnd('*')), StringComparer.Ordinal);
        OrganizationInnerHeads = new(ResourceText.Lines("Actors", "organization-heads.txt").Where(l => l.EndsWith('*')).Select(l => l.TrimEnd('*')), StringComparer.Ordinal);
        LocationHeads = new(ResourceText.Lines("Actors", "location-heads.txt"), StringComparer.OrdinalIgnoreCase);
        GroupNouns = new PhraseSet(ResourceText.Lines("Actors", "group-nouns.txt"));
        VesselNouns = new PhraseSet(ResourceText.Lines("Actors", "vessel-nouns.txt"));
        NonNames = new(ResourceText.Lines("Actors", "non-names.txt"), StringComparer.Ordinal);
        PlaceKinds = new(ResourceText.Lines("Actors", "place-kinds.txt"), StringComparer.Ordinal);
        OrganizationKinds = new(ResourceText.Lines("Actors", "organization-kinds.txt"), StringComparer.Ordinal);
    }

    public static ActorLexicon Default { get; } = new();

    public IReadOnlyList<CountryEntry> Countries { get; }

    /// <summary>Country names and other names ("South Korea", "Republic of Korea", "U.S.").</summary>
    public Dictionary<string, CountryEntry> CountryNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Demonyms and adjectives ("Chinese", "North Korean", "North Koreans").</summary>
    public Dictionary<string, CountryEntry> Demonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitals, which stand for their government when it acts ("Beijing said").</summary>
    public Dictionary<string, CountryEntry> Capitals { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles and roles ("rear admiral", "spokesman").</summary>
    public PhraseSet Titles { get; }

    public HashSet<string> OrganizationHeads { get; }

    /// <summary>Organization words that count anywhere inside a name ("Corps" in "Army Corps of Engineers").</summary>
    public HashSet<string> OrganizationInnerHeads { get; }

    public HashSet<string> LocationHeads { get; }

    public PhraseSet GroupNouns { get; }

    public PhraseSet VesselNouns { get; }

    public HashSet<string> NonNames { get; }

    /// <summary>Nouns for a kind of place ("town", "province"): "the town of X" names a place.</summary>
    public HashSet<string> PlaceKinds { get; }

    /// <summary>Nouns for a kind of organization ("firm", "charity"): "the firm X" names an organization.</summary>
    public HashSet<string> OrganizationKinds { get; }

    public bool IsTitleWord(string word) => Titles.Words.Contains(word);

    /// <summary>Whether a phrase holds a one-word title ("a spokeswoman for", ", CEO, ", "vice-chair").</summary>
    public bool HasTitleWord(string phrase) => WordsOf(phrase).Any(IsTitleWord);

    /// <summary>The words of a phrase, split at spaces, hyphens and commas.</summary>
    public static string[] WordsOf(string phrase) => phrase.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);

    private static CountryEntry ParseCountry(string line)
    {
        var fields = line.Split('\t');
        static IReadOnlyList<string> List(string[] f, int i) =>
            i < f.Length ? [.. f[i].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];
        return new CountryEntry(fields[0], List(fields, 1), List(fields, 2), fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null);
    }
}
