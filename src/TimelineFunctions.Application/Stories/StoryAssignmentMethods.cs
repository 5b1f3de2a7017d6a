namespace TimelineFunctions.Application.Stories;

public static class StoryAssignmentMethods
{
    public const string Folder = "folder";
    public const string Automatic = "automatic";
    public const string Manual = "manual";
}
