namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>What a <see cref="SearchPatternRule"/> does with a line its pattern matches: remove the line or cut the match.</summary>
public enum SearchMode
{
    RemoveLine,
    CutMatch,
}
