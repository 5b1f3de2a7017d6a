namespace TimelineFunctions.Extraction.Reading;

/// <summary>Whether a date field means the publication or a later update.</summary>
public enum DateMetaKind
{
    Published,
    Updated,
}
