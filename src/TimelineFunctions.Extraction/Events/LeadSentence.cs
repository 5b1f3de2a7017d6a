using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Where news tells its latest development without a date: the lead (the first <see cref="LeadSentences"/> sentences of
/// the body, headings left out), a paragraph opened by an update label ("Update: …",
/// Resources/Events/lead-labels.txt), and the first sentences of each entry of a live page, stamped with its clock
/// time ("1.12am … The returning officer has declared Tansy elected": <see cref="Publication.LiveClock"/>).
/// </summary>
/// <remarks>
/// An event reported there in the past or present perfect with no time phrase of its own ("The union has reached a
/// tentative deal") happened by the publication date: the event is dated at it, with no date text, which marks a date
/// taken from the page rather than from the sentence.
/// </remarks>
public sealed partial class LeadSentence
{
    private const int LeadSentences = 2;

    private static readonly string[] Labels = [.. ResourceText.Lines("Events", "lead-labels.txt").Select(l => l + ":")];

    private readonly IReadOnlyList<int> _entryStarts;

    private int _bodySentences;

    /// <summary>The live entries begun so far, and the body sentences of the current one.</summary>
    private int _entriesBegun;

    private int _entrySentences;

    /// <summary>The parts of a split sentence (<see cref="Split"/>) still to read, which its one count covers.</summary>
    private int _partsCounted;

    /// <param name="entryStarts">Where the entries of a live page start (<see cref="Publication.PublicationDating.LiveEntryStarts"/>); none on another page.</param>
    public LeadSentence(IReadOnlyList<int>? entryStarts = null) => _entryStarts = entryStarts ?? [];

    /// <summary>Whether the sentence <see cref="Next"/> counted last is the first of a live page's entry.</summary>
    public bool BeginsEntry { get; private set; }

    /// <summary>Counts <paramref name="sentence"/> (a body sentence, not a heading) and says whether it tells the news of the day.</summary>
    public bool Next(Sentence sentence)
    {
        BeginsEntry = false;
        while (_entriesBegun < _entryStarts.Count && _entryStarts[_entriesBegun] <= sentence.Start)
        {
            _entriesBegun++;
            _entrySentences = 0;
            BeginsEntry = true;
        }

        if (_partsCounted > 0)
        {
            _partsCounted--;
        }
        else
        {
            _bodySentences++;
            _entrySentences++;
        }

        return _bodySentences <= LeadSentences || (_entriesBegun > 0 && _entrySentences <= LeadSentences) || IsLabelled(sentence.Text);
    }

    /// <summary>
    /// Whether a verb in the past or the present perfect comes before a noun that names the event: "has reached a
    /// deal", "signed an agreement".
    /// </summary>
    public static bool HasDoneVerb(string text, int start, int trigger) =>
        trigger > start && DoneVerb().IsMatch(text.AsSpan(start, trigger - start));

    /// <summary>Whether a present perfect ends at or before <paramref name="end"/>: "has died", "have been evacuated".</summary>
    public static bool HasPresentPerfect(string text, int start, int end) =>
        end > start && PresentPerfect().IsMatch(text.AsSpan(start, end - start));

    /// <summary>The sentence <see cref="Next"/> just counted is read again as two parts, which that count covers.</summary>
    public void Split() => _partsCounted = 2;

    public static bool IsLabelled(string sentence)
    {
        var text = sentence.TrimStart();
        return Array.Exists(Labels, l => text.StartsWith(l, StringComparison.OrdinalIgnoreCase));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have|had)\s+(?:been\s+)?\w+|\b\w{3,}ed\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DoneVerb();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have)\s+(?:been\s+)?\w+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PresentPerfect();
}
