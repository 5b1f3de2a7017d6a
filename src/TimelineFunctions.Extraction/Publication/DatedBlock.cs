namespace TimelineFunctions.Extraction.Publication;

/// <summary>
/// A stretch of the cleaned text whose relative dates resolve against its own stamp, such as the "UPDATED – 05/20/24"
/// blocks of a live page.
/// </summary>
/// <remarks>
/// Offsets are into <see cref="Cleaning.CleanedArticle.Text"/>.
/// </remarks>
public sealed record DatedBlock(int Start, int Length, PublicationDate Reference);
