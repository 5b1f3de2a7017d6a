namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>One article's report of a gold event; <see cref="Article"/> is <c>&lt;story&gt;/&lt;file stem&gt;</c>.</summary>
public sealed record GoldSource(string Article, string Quote, string? DateText);
