namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A sentence split into who reported (the frame: "South Korea said on Friday", "…, the rights group said") and
/// what they reported (the content). Offsets are into the whole text. A sentence with no reporting verb is all
/// content.
/// </summary>
public sealed record ReportingFrame(int FrameStart, int FrameEnd, int ContentStart, int ContentEnd, int VerbStart)
{
    public bool HasFrame => FrameEnd > FrameStart;

    public bool IsInFrame(int offset) => offset >= FrameStart && offset < FrameEnd;

    public bool IsInContent(int offset) => offset >= ContentStart && offset < ContentEnd;
}
