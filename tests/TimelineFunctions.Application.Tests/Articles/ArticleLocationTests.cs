using TimelineFunctions.Application.Articles;

namespace TimelineFunctions.Application.Tests.Articles;

public sealed class ArticleLocationTests
{
    [Fact]
    public void A_blob_in_a_story_folder_belongs_to_that_story_and_keeps_its_file_name_as_id()
    {
        Assert.True(ArticleLocation.TryParse("sbf-trial/01-fastcompany.txt", out var location, out _));
        Assert.Equal("sbf-trial", location!.StoryId);
        Assert.Equal("01-fastcompany.txt", location.ArticleId);
    }

    [Fact]
    public void A_blob_at_the_root_goes_to_the_unsorted_story()
    {
        Assert.True(ArticleLocation.TryParse("loose.html", out var location, out _));
        Assert.Equal("unsorted", location!.StoryId);
        Assert.Equal("loose.html", location.ArticleId);
    }

    [Theory]
    [InlineData("unsorted/a.txt")]
    [InlineData("Unsorted/a.txt")]
    public void The_unsorted_folder_is_reserved_for_root_blobs(string blobName)
    {
        Assert.False(ArticleLocation.TryParse(blobName, out _, out var problem));
        Assert.Contains("reserved", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("story/sub folder/Über den Fluss.txt")]
    [InlineData("story/a#b?c.txt")]
    [InlineData("story/deep/nested/path.txt")]
    public void Unsafe_names_get_a_slug_id_with_a_hash_that_keeps_them_apart(string blobName)
    {
        Assert.True(ArticleLocation.TryParse(blobName, out var location, out _));
        Assert.Matches("^[a-z0-9][a-z0-9._-]*-[0-9a-f]{8}$", location!.ArticleId);
        Assert.True(ArticleLocation.TryParse(blobName + "x", out var other, out _));
        Assert.NotEqual(location.ArticleId, other!.ArticleId);
    }

    [Theory]
    [InlineData("Bad Story/a.txt")]
    [InlineData("story/")]
    [InlineData("")]
    public void Blobs_that_cannot_be_placed_are_refused_with_a_reason(string blobName)
    {
        Assert.False(ArticleLocation.TryParse(blobName, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }
}
