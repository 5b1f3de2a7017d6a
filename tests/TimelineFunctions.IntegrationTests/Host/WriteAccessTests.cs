using System.Net;
using System.Text;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Host;

/// <summary>
/// The write routes (withdraw, move) through the real host: a function key is required, and the move takes only
/// JSON, so neither an anonymous caller nor another site's form in a reader's browser can change a story.
/// </summary>
public sealed class WriteAccessTests(FunctionAppFixture fixture) : IClassFixture<FunctionAppFixture>
{
    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task Withdrawing_without_a_key_is_401_and_changes_nothing()
    {
        await DeliverAsync("keys-wd/a.txt");

        using var response = await App.Http.DeleteAsync("/api/stories/keys-wd/articles/a.txt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("processed", await StatusAsync("keys-wd", "a.txt"));
    }

    [Fact]
    public async Task Moving_without_a_key_is_401_even_as_json()
    {
        await DeliverAsync("keys-mv/a.txt");

        using var response = await App.Http.PostAsync("/api/stories/keys-mv/articles/a.txt/story", new StringContent("""{"storyId":"elsewhere"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("processed", await StatusAsync("keys-mv", "a.txt"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_move_that_is_not_json_is_415_even_with_the_key(string contentType)
    {
        await DeliverAsync("keys-ct/a.txt");
        using var content = new StringContent("""{"storyId":"elsewhere"}""", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await App.KeyedHttp.PostAsync("/api/stories/keys-ct/articles/a.txt/story", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("processed", await StatusAsync("keys-ct", "a.txt"));
    }

    [Fact]
    public async Task Reading_the_same_path_stays_anonymous()
    {
        await DeliverAsync("keys-read/a.txt");

        using var response = await App.Http.GetAsync("/api/stories/keys-read/articles/a.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task DeliverAsync(string blobName)
    {
        const string text = "The council voted on 2024-01-15.";
        if (await Articles.IsIngestedAsync(App, blobName, text))
        {
            return;
        }

        await Articles.UploadAsync(App, blobName, text);
        Assert.Equal(202, await App.SendBlobCreatedAsync(blobName));
        await Articles.WaitUntilIngestedAsync(App, blobName, text);
    }

    private async Task<string?> StatusAsync(string story, string article) =>
        (await App.GetJsonAsync($"/api/stories/{story}/articles/{article}")).GetProperty("article").GetProperty("status").GetString();
}
