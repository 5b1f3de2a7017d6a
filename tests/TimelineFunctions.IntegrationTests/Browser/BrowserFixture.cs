using Microsoft.Playwright;

namespace TimelineFunctions.IntegrationTests.Browser;

/// <summary>
/// Headless Chromium driven by Playwright. The browser is the system's (Debian's chromium, installed by
/// scripts/install-chromium.sh, which scripts/test.sh runs; CHROMIUM_PATH overrides): Playwright's own browser
/// download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where screenshots are kept: the git-ignored artifacts/ folder at the repository root.</summary>
    public static string ScreenshotFolder => Directory.CreateDirectory(Path.Combine(Infrastructure.RepoPaths.Root, "artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: run scripts/install-chromium.sh (it installs Debian's chromium) or set CHROMIUM_PATH.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
