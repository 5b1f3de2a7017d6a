namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// The working state of <see cref="ArticleCleaner"/>: the body split into paragraphs (blank-line separated) and lines,
/// the headline, and the audit of removals.
/// </summary>
/// <remarks>
/// Rules remove or trim lines; <see cref="ToText"/> rebuilds the text with "\n\n" between paragraphs and "\n" between
/// lines of a paragraph.
/// </remarks>
public sealed class CleaningDocument
{
    /// <summary>Rules skip lines longer than this: furniture lines are short, and huge lines must not slow the regexes.</summary>
    public const int MaxFurnitureLineLength = 2000;

    private readonly List<RemovedFurniture> _removed = [];
    private readonly Dictionary<int, int> _removalOfLine = [];

    public CleaningDocument(string body, string? title)
    {
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        var paragraph = 0;
        var blank = false;
        foreach (var line in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                blank = true;
                continue;
            }

            if (blank && Lines.Count > 0)
            {
                paragraph++;
            }

            blank = false;
            Lines.Add(new CleaningLine(line, paragraph));
        }
    }

    public List<CleaningLine> Lines { get; } = [];

    /// <summary>The title the reader found (HTML h1/og:title, JSON title), if any.</summary>
    public string? Title { get; }

    /// <summary>A headline found by a rule (for example the headline a breadcrumb was glued to).</summary>
    public string? Headline { get; set; }

    public IReadOnlyList<RemovedFurniture> Removed => _removed;

    /// <summary>Indexes of the kept lines, in order.</summary>
    public List<int> Kept() => [.. Enumerable.Range(0, Lines.Count).Where(i => Lines[i].IsKept)];

    public void Record(RemovedFurniture furniture) => _removed.Add(furniture);

    public void Remove(int index, string rule, string reason)
    {
        var line = Lines[index];
        if (!line.IsKept)
        {
            return;
        }

        line.RemovedBy = rule;
        _removalOfLine[index] = _removed.Count;
        _removed.Add(new RemovedFurniture(line.Text.Trim(), rule, reason));
    }

    /// <summary>
    /// Gives an already removed line a different rule and reason (for example a stamp line that turns out to sit
    /// inside a trailing list of other stories: its date belongs to another story).
    /// </summary>
    public void Reclassify(int index, string rule, string reason)
    {
        var line = Lines[index];
        if (line.IsKept || !_removalOfLine.TryGetValue(index, out var at))
        {
            return;
        }

        line.RemovedBy = rule;
        _removed[at] = _removed[at] with { Rule = rule, Reason = reason };
    }

    /// <summary>Cuts <paramref name="length"/> characters at <paramref name="start"/> out of a line and records them; an emptied line is removed.</summary>
    public void Cut(int index, int start, int length, string rule, string reason)
    {
        var line = Lines[index];
        var removed = line.Text.Substring(start, length);
        line.Text = line.Text.Remove(start, length);
        _removed.Add(new RemovedFurniture(removed.Trim(), rule, reason));
        if (line.Text.Trim().Length == 0)
        {
            line.RemovedBy = rule;
        }
    }

    public string ToText()
    {
        // Two passes, the length first: the text is built once, without a builder's growing copies.
        var length = 0;
        var lastParagraph = -1;
        foreach (var line in Lines)
        {
            if (KeptText(line) is { IsEmpty: false } text)
            {
                length += (length > 0 ? (line.Paragraph == lastParagraph ? 1 : 2) : 0) + text.Length;
                lastParagraph = line.Paragraph;
            }
        }

        return string.Create(length, Lines, static (buffer, lines) =>
        {
            var at = 0;
            var lastParagraph = -1;
            foreach (var line in lines)
            {
                if (KeptText(line) is not { IsEmpty: false } text)
                {
                    continue;
                }

                if (at > 0)
                {
                    buffer[at++] = '\n';
                    if (line.Paragraph != lastParagraph)
                    {
                        buffer[at++] = '\n';
                    }
                }

                text.CopyTo(buffer[at..]);
                at += text.Length;
                lastParagraph = line.Paragraph;
            }
        });
    }

    /// <summary>A kept line's text without surrounding white space; empty for a removed line.</summary>
    private static ReadOnlySpan<char> KeptText(CleaningLine line) => line.IsKept ? line.Text.AsSpan().Trim() : [];
}
