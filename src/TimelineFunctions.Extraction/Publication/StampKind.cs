namespace TimelineFunctions.Extraction.Publication;

/// <summary>Whether a stamp gives the publication or a later update.</summary>
public enum StampKind
{
    Published,
    Updated,
}
