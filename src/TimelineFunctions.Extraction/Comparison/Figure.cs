namespace TimelineFunctions.Extraction.Comparison;

/// <summary>
/// A counted figure in a sentence: <see cref="Aspect"/> is what it measures ("people", "dead", "money", or the
/// counted noun itself), <see cref="Value"/> its number and <see cref="Text"/> the words as written ("more than 500").
/// </summary>
public sealed record Figure(string Aspect, double Value, string Text);
