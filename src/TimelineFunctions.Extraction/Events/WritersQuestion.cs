namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A question the writer asks, with no one named as asking it: "What is the difference between swine flu and bird
/// flu?", "Will the recount change the result?". It asserts nothing happened.
/// </summary>
/// <remarks>
/// Such a sentence is still the coverage of its day: the merge keeps an event told only by questions off the timeline
/// and counts it for the key dates, as it does a lone remark. A question someone asks ("\"Who decided this?\" Roal
/// asked") has an attribution, and is a thing they said.
/// </remarks>
public static class WritersQuestion
{
    public static bool Holds(string quote, string? attribution) =>
        string.IsNullOrEmpty(attribution) && quote.AsSpan().TrimEnd().TrimEnd("\"'\u201D\u2019)").EndsWith('?');
}
