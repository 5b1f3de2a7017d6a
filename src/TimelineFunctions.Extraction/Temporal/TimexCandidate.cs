namespace TimelineFunctions.Extraction.Temporal;

/// <summary>A match on its way through the refiners: mutable, turned into a <see cref="TemporalExpression"/> at the end.</summary>
public sealed class TimexCandidate(int start, int end, TimexType type, string value, Granularity? granularity, string rule, int priority)
{
    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    public int Length => End - Start;

    public TimexType Type { get; set; } = type;

    public string Value { get; set; } = value;

    public Granularity? Granularity { get; set; } = granularity;

    public string Rule { get; set; } = rule;

    public int Priority { get; } = priority;

    public string? Modifier { get; set; }

    public string? PartOfDay { get; set; }

    /// <summary>
    /// A date named without a year whose year no word fixed: the parser chose the occurrence nearest the document's
    /// date (<see cref="TemporalResolver"/>), which a clause told in the past may overrule.
    /// </summary>
    public bool IsYearGuessed { get; set; }

    /// <summary>For anaphoric expressions ("that day", "the following week"): the unit and offset to apply to the
    /// last date mentioned before (see AnaphoraRefiner); null for everything else.</summary>
    public string? AnaphoricUnit { get; set; }

    public int AnaphoricOffset { get; set; }

    /// <summary>A day-level date the time parser or the merge refiner can attach a clock time to.</summary>
    public bool IsDay => Type is TimexType.Date && Value.Length == 10 && Value[4] == '-' && Value[7] == '-';

    public bool Overlaps(TimexCandidate other) => Start < other.End && other.Start < End;

    public override string ToString() => $"{Start}-{End} {Type} {Value} ({Rule})";
}
