namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A sentence split into who reported (the frame: "South Korea said on Friday", "…, the rights group said") and what
/// they reported (the content).
/// </summary>
/// <remarks>
/// Offsets are into the whole text. A sentence with no reporting verb is all content.
/// </remarks>
public sealed record ReportingFrame(int FrameStart, int FrameEnd, int ContentStart, int ContentEnd, int VerbStart)
{
    public bool HasFrame => FrameEnd > FrameStart;

    /// <summary>
    /// Where a participial phrase after a quote-first frame starts (its comma: "…, the judge said, evidently referring
    /// to another trial"), or -1. It is the writer's gloss, neither the content nor the act of speaking, so the
    /// events of the sentence quote it no more.
    /// </summary>
    public int ParticipialTail { get; init; } = -1;

    public bool IsInFrame(int offset) => offset >= FrameStart && offset < FrameEnd;

    public bool IsInContent(int offset) => offset >= ContentStart && offset < ContentEnd;
}
