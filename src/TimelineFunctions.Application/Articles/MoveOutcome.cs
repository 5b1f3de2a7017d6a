namespace TimelineFunctions.Application.Articles;

/// <summary>What moving an article to another story did.</summary>
public enum MoveOutcome
{
    Moved,

    /// <summary>The article is already in the target story (a repeated move).</summary>
    AlreadyThere,

    NotFound,

    /// <summary>The target story holds another blob's article under the same id.</summary>
    Conflict,
}
