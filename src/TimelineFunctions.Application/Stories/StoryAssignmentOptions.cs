namespace TimelineFunctions.Application.Stories;

/// <summary>Settings of automatic story assignment (section <c>StoryAssignment</c>).</summary>
public sealed class StoryAssignmentOptions
{
    public const string Section = "StoryAssignment";

    /// <summary>
    /// The least similarity (0–1) at which an article joins an existing story; below it, it starts a new one.
    /// See docs/storage.md for how it was chosen.
    /// </summary>
    public double Threshold { get; set; } = 0.1;

    /// <summary>The least term-kind weight (see term-weights.txt) that makes a shared term an anchor: a named person, body, group or place.</summary>
    public double AnchorWeight { get; set; } = 1.5;

    /// <summary>Days beyond a story's dated weeks before its similarity is discounted.</summary>
    public int WindowSlackDays { get; set; } = 30;

    /// <summary>
    /// Over this many days further the discount reaches its floor (<see cref="FarOutFactor"/>). Developing stories
    /// run for months (a trial's sentence comes half a year after its verdict), so the discount is gentle.
    /// </summary>
    public int WindowFadeDays { get; set; } = 365;

    public double FarOutFactor { get; set; } = 0.5;

    /// <summary>Generated stories started this recently may be splits of one story by concurrent arrivals, and are reconciled; older ones never merge.</summary>
    public TimeSpan YoungStoryAge { get; set; } = TimeSpan.FromMinutes(10);
}
