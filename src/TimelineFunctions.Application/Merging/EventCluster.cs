namespace TimelineFunctions.Application.Merging;

/// <summary>The reports merged into one event so far; the first (its most precise report) is the anchor.</summary>
internal sealed class EventCluster(int sequence, MergeCandidate anchor)
{
    /// <summary>The order the event was formed in, which breaks ties between equally good candidates.</summary>
    public int Sequence { get; } = sequence;

    public MergeCandidate Anchor { get; } = anchor;

    public List<MergeCandidate> Members { get; } = [anchor];

    /// <summary>The last lookup of the <see cref="CandidateIndex"/> that offered this event (0: none yet).</summary>
    public int OfferedIn { get; set; }

    /// <summary>The event this one turned out to be part of; the index may still offer it, and it is then skipped.</summary>
    public EventCluster? AbsorbedBy { get; set; }

    /// <summary>The event this one's reports are now in: itself, or the last of the events that absorbed it.</summary>
    public EventCluster Outermost => AbsorbedBy?.Outermost ?? this;

    /// <summary>Takes in the reports of <paramref name="other"/>, which turned out to be part of this event.</summary>
    public void Absorb(EventCluster other)
    {
        other.AbsorbedBy = this;
        Members.AddRange(other.Members);
    }
}
