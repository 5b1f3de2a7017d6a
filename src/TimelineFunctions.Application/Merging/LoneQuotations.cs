using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Events told only by quotations and who said them ("\"I'd rather be shouted at for a false alarm than lose one
/// person,\" she said": <see cref="WholeQuotation"/>): a remark that joined no other report of what its speaker said
/// or did that day is colour, not a development of the story, and the timeline leaves it out. One that joined such
/// a report stays its source.
/// </summary>
internal static class LoneQuotations
{
    public static HashSet<EventCluster> Find(IReadOnlyList<EventCluster> events, string statementType) =>
        [.. events.Where(e => e.AbsorbedBy is null && e.Members.All(m => m.Contribution.Type == statementType && WholeQuotation.Holds(m.Contribution.Quote)))];
}
