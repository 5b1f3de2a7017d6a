namespace TimelineFunctions.Application.Articles;

/// <summary>
/// How the article came to be in its story: <see cref="Method"/> is "folder" (the blob's folder names the story),
/// "automatic" (a blob at the container root, placed by similarity; <see cref="Score"/> is the similarity to the
/// chosen story, or to the closest one when a new story was started) or "manual" (moved through the API).
/// </summary>
public sealed record StoryAssignment(string Method, double? Score, string Reason);
