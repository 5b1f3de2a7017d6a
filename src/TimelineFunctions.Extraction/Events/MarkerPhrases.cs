using System.Buffers;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// The phrases of a word class with one search for any of them, case-insensitive: most sentences hold none, and are
/// answered in one pass instead of one search a phrase.
/// </summary>
internal sealed class MarkerPhrases
{
    public MarkerPhrases(IEnumerable<string> phrases)
    {
        Phrases = [.. phrases];
        Any = SearchValues.Create(Phrases, StringComparison.OrdinalIgnoreCase);
    }

    public string[] Phrases { get; }

    /// <summary>Every phrase, found anywhere (also inside a longer word).</summary>
    public SearchValues<string> Any { get; }
}
