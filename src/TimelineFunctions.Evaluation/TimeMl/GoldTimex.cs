namespace TimelineFunctions.Evaluation.TimeMl;

/// <summary>A gold TIMEX3 inside the TEXT of a TimeML file, with offsets into <see cref="TimeMlDocument.Text"/>.</summary>
public sealed record GoldTimex(int Start, int End, string Type, string Value, string? Modifier, string Text);
