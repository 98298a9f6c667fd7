using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Corroborate.Tests.Web;

/// <summary>Debian's headless Chromium driven through chromedriver; no browser is ever downloaded.</summary>
public sealed class BrowserFixture : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    public static bool Available => File.Exists(ChromiumPath) && File.Exists(DriverPath);

    private readonly TempDir _profile = new();
    private ChromeDriver? _driver;

    public ChromeDriver Driver => _driver ??= Start();

    private ChromeDriver Start()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        // The closed network here refuses Chromium's background connections; keep it quiet and local.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={_profile.Path}", "--window-size=1280,1000");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(5); // a new page may still be loading
        return driver;
    }

    /// <summary>Clicks and waits until the next page has replaced this one, so that later look-ups cannot hit the old page.</summary>
    public void ClickAndWait(IWebElement element)
    {
        var page = Driver.FindElement(By.TagName("html"));
        element.Click();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try { _ = page.TagName; }
            catch (StaleElementReferenceException) { return; }
            Thread.Sleep(25);
        }
        throw new TimeoutException("the page did not change after the click");
    }

    public void Dispose()
    {
        _driver?.Quit();
        _profile.Dispose();
    }
}

/// <summary>Runs only where Debian's chromium and chromium-driver are installed (.ci/run installs them).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserFixture.Available) Skip = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)";
    }
}
