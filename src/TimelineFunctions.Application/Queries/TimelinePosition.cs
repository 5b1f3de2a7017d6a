namespace TimelineFunctions.Application.Queries;

/// <summary>Where a page starts: after the event <see cref="LastEventId"/>, or at <see cref="Offset"/> if it is gone.</summary>
public readonly record struct TimelinePosition(int Offset, string LastEventId);
