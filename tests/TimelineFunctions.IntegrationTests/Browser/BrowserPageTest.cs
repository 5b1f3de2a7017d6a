using Microsoft.Playwright;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Browser;

/// <summary>A fresh browser context and page per test, on the sample story's function app, collecting the page's console errors.</summary>
public abstract class BrowserPageTest(SampleStoryFixture fixture, BrowserFixture browser) : IAsyncLifetime
{
    protected SampleStoryFixture Fixture { get; } = fixture;

    protected IPage Page { get; private set; } = null!;

    protected List<string> ConsoleErrors { get; } = [];

    protected string BaseUrl => $"http://127.0.0.1:{Fixture.App.Port}";

    private IBrowserContext Context { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        Page = await Context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
