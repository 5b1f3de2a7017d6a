using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>
/// Recognises publication stamps: a line that is only a date, optionally labelled and with a time ("Fri Oct 13 2023",
/// "Published: March 5, 2024 10:00 GMT"; a labelled one may end in a byline: "Posted on March 3, 2025 by Lee Park"; a
/// time may come first: "Updated 3:45 PM EDT, Tue March 26, 2024"; an unlabelled one may open with a byline or end with
/// an outlet: "By Lee Park | March 26, 2024", "By Lee Park · Published 26 March 2024", "Siobhan Grady · 15/09/2025",
/// "March 26, 2024 / 3:45 PM / CBS News", an update time: "Thursday 5 March 2026, 2.30pm (updated 4.10pm)", or a section: "Meridian Wire | 28 Oct 2025 10:14 GMT | Europe / Regional"; a separator whose field the page
/// left empty may end it: "Published: June 3, 2024 5:56 PM /"), and labelled stamps that open a line of story text
/// ("UPDATED – 05/20/24 – 4:30pm – The Dali…", "ORIGINAL STORY – 05/19/24 -Unified…").
/// </summary>
/// <remarks>
/// Labels are data (Resources/Publication/stamp-labels.txt). Only dates with a year count.
/// </remarks>
public static class StampParser
{
    private const string Time = @"(?:(?:at|à|a las|às|alle|um)\s+)?(?:\d{1,2}(?:[:.h]\d{2}){1,2}\s*(?:[ap]\.?m\.?|uhr)?|\d{1,2}\s*[ap]\.?m\.?)";
    private const string Zone = @"(?:[A-Z]{2,4}T|UTC|GMT|ET|PT|CT|MT|Z)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}";

    private static readonly Dictionary<string, StampKind> Labels = LoadLabels();

    /// <summary>Any label of the data file, longest first; spaces match any whitespace.</summary>
    private static readonly string LabelAlternation =
        string.Join('|', Labels.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    private static readonly Regex LabelPrefix = Compile(
        @"^\s*(?<label>" + LabelAlternation + @")\b\s*(?:on|at)?\s*[:\-–—|]?\s*");

    private static readonly Regex StandaloneTail = Compile(
        $@"^(?:[,\-–—|/]\s*)?(?:(?:{Time})(?:\s*(?:{Zone}))?)?\s*(?:\((?:last\s+)?(?:updated|amended|edited)\s*:?\s*(?:{Time})?\s*(?:{Zone})?\)\s*)?(?:[/|]\s*\p{{L}}[\p{{L}}0-9 .&'’/-]{{0,40}})?\s*[/|]?\s*[.)]?$");

    /// <summary>A time before the date: "Updated 3:45 PM EDT, Tue March 26, 2024".</summary>
    private static readonly Regex TimePrefix = Compile(
        $@"^(?:{Time})\s*(?:{Zone})?\s*[,|/–—-]?$");

    /// <summary>
    /// A byline before the date, perhaps with a label after its separator: "By Lee Park | March 26, 2024", "By Lee Park ·
    /// Published 26 March 2024"; without "By", a name of up to four capitalized words and a separator that is no
    /// punctuation of a sentence: "Siobhan Grady · 15/09/2025".
    /// </summary>
    private static readonly Regex BylinePrefix = Compile(
        @"^(?:By\s+\p{L}[\p{L}.'’ ,-]{0,60}?\s*[|,–—·•-]|(?-i:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*[|·•])(?:\s*(?<label>" + LabelAlternation + @")\b\s*(?:on|at)?\s*:?)?$");

    private static readonly Regex BylineTail = Compile(
        $@"^(?:[,\-–—|]\s*)?(?:(?:{Time})(?:\s*(?:{Zone}))?\s*)?[,\-–—|]?\s*by\s+\p{{L}}[\p{{L}}.'’ -]{{0,60}}$");

    private static readonly Regex LeadingTail = Compile(
        $@"^\s*(?:[,\-–—|]\s*(?:{Time})\s*(?:{Zone})?\s*)?[\-–—:|]\s*");

    /// <summary>
    /// A stamp pattern: case- and culture-insensitive, compiled, without a match timeout (the patterns have no nested
    /// quantifiers and the lines are short; a timeout under machine load would make results nondeterministic).
    /// </summary>
    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);

    /// <summary>The stamp when the whole line is one (at most 120 characters), else null.</summary>
    public static Stamp? ParseStandalone(string line)
    {
        if (line.Length > 120 || !DateText.MayHoldYear(line))
        {
            return null; // a stamp's date has a year
        }

        var (label, kind, rest) = SplitLabel(line);
        var date = DateText.FindFirst(rest);
        if (date is not { Year: not null })
        {
            return null;
        }

        // An unlabelled line may open with a byline, itself perhaps labelled after its separator ("By Lee Park · Published").
        var prefix = rest[..date.Start].Trim();
        var byline = label.Length == 0 && prefix.Length <= 80 ? RegexSafe.Match(BylinePrefix, prefix) : null;
        if (!AcceptablePrefix(prefix) && byline is null)
        {
            return null;
        }

        var tail = rest[(date.Start + date.Length)..].Trim();
        if (!RegexSafe.IsMatch(StandaloneTail, tail) && (label.Length == 0 || !RegexSafe.IsMatch(BylineTail, tail)))
        {
            return null;
        }

        if (byline?.Groups["label"] is { Success: true } bylineLabel)
        {
            (label, kind) = Label(bylineLabel);
        }

        return new Stamp(date, kind, label, line.Length);
    }

    /// <summary>A labelled stamp opening the line and followed by a separator and text, else null.</summary>
    public static Stamp? ParseLeading(string line)
    {
        var head = line.Length > 200 ? line[..200] : line;
        var (label, kind, rest) = SplitLabel(head);
        if (label.Length == 0)
        {
            return null;
        }

        var date = DateText.FindFirst(rest);
        if (date is not { Year: not null } || date.Start > 40 || !AcceptablePrefix(rest[..date.Start].Trim()))
        {
            return null;
        }

        if (RegexSafe.Match(LeadingTail, rest[(date.Start + date.Length)..]) is not { } tail)
        {
            return null;
        }

        var consumed = head.Length - rest.Length + date.Start + date.Length + tail.Length;
        return new Stamp(date, kind, label, consumed);
    }

    /// <summary>What may stand between a label and the date: nothing or a time (an unlabelled line may also have a byline there).</summary>
    private static bool AcceptablePrefix(string prefix) =>
        prefix.Length == 0 || (prefix.Length <= 40 && RegexSafe.IsMatch(TimePrefix, prefix));

    private static (string Label, StampKind Kind, string Remainder) SplitLabel(string line)
    {
        if (RegexSafe.Match(LabelPrefix, line) is not { } match)
        {
            return ("", StampKind.Published, line);
        }

        var (label, kind) = Label(match.Groups["label"]);
        return (label, kind, line[match.Length..]);
    }

    /// <summary>A matched label, lower-cased with single spaces, and the kind of stamp it opens.</summary>
    private static (string Label, StampKind Kind) Label(Group label)
    {
        var name = Regex.Replace(label.Value, @"\s+", " ").ToLowerInvariant();
        return (name, Labels.GetValueOrDefault(name, StampKind.Published));
    }

    private static Dictionary<string, StampKind> LoadLabels()
    {
        var labels = new Dictionary<string, StampKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in ResourceText.Sections("Publication", "stamp-labels.txt"))
        {
            foreach (var entry in section.Entries)
            {
                labels[entry] = section.Name == "updated" ? StampKind.Updated : StampKind.Published;
            }
        }

        return labels;
    }
}
