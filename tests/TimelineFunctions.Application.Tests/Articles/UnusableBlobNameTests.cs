using TimelineFunctions.Application.Articles;

namespace TimelineFunctions.Application.Tests.Articles;

/// <summary>Names that web addresses or logs would change are refused with a reason, before anything reads the blob.</summary>
public sealed class UnusableBlobNameTests
{
    [Theory]
    [InlineData("../x.txt")]
    [InlineData("story/..")]
    [InlineData("story/.")]
    [InlineData("trav/../../etc/passwd.txt")]
    [InlineData("story/./a.txt")]
    [InlineData("story//a.txt")]
    [InlineData("/story/a.txt")]
    [InlineData("story\\a.txt")]
    [InlineData("story/a\u0000b.txt")]
    [InlineData("story/line\nbreak.txt")]
    [InlineData("story/bell\u0007.txt")]
    [InlineData("story/c1\u0085.txt")]
    public void A_name_that_cannot_be_read_back_is_refused_with_the_invalid_name_code(string blobName)
    {
        Assert.NotNull(ArticleLocation.UnusableName(blobName));
        Assert.False(ArticleLocation.TryParse(blobName, out _, out var problem));
        Assert.Contains("rename it", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(problem!, char.IsControl);
        Assert.Equal(ArticleLocation.InvalidNameCode, ArticleLocation.ProblemCode(blobName));
    }

    [Fact]
    public void A_name_with_half_a_surrogate_pair_is_refused()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate (it becomes U+FFFD).
        var name = "story/half" + (char)0xD800 + ".txt";
        Assert.NotNull(ArticleLocation.UnusableName(name));
        Assert.Equal(ArticleLocation.InvalidNameCode, ArticleLocation.ProblemCode(name));
        Assert.Null(ArticleLocation.UnusableName("story/pair" + char.ConvertFromUtf32(0x1F600) + ".txt"));
    }

    [Theory]
    [InlineData("story/a.txt")]
    [InlineData("story/..a.txt")]
    [InlineData("story/a..b.txt")]
    [InlineData("story/Über den Fluss 😀.txt")]
    [InlineData("root-article.html")]
    public void Ordinary_names_with_dots_or_any_script_are_usable(string blobName)
    {
        Assert.Null(ArticleLocation.UnusableName(blobName));
        Assert.True(ArticleLocation.TryParse(blobName, out _, out _));
    }

    [Fact]
    public void A_folder_that_cannot_be_a_story_keeps_the_folder_code() =>
        Assert.Equal(ArticleLocation.InvalidFolderCode, ArticleLocation.ProblemCode("Bad Folder!/a.txt"));
}
