namespace TimelineFunctions.Extraction.Cleaning;

public enum SearchMode
{
    RemoveLine,
    CutMatch,
}
