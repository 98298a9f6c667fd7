using OpenQA.Selenium;

namespace Corroborate.Tests.Web;

/// <summary>
/// The "Since your last visit" block in a browser: a new update shows, "Mark as seen" clears it, the next update shows.
/// </summary>
public sealed class ChangeBrowserTests(WebServerFixture server, BrowserFixture browser)
    : IClassFixture<WebServerFixture>, IClassFixture<BrowserFixture>
{
    private async Task Upload(string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest");
        request.Content = new StringContent(text);
        request.Headers.Authorization = new("Bearer", WebServerFixture.Token);
        using var r = await server.Client.SendAsync(request);
        r.EnsureSuccessStatusCode();
    }

    private void WaitFor(Func<bool> condition) =>
        new OpenQA.Selenium.Support.UI.WebDriverWait(browser.Driver, TimeSpan.FromSeconds(15)).Until(_ => condition());

    [BrowserFact]
    public async Task SinceYourLastVisitShowsNewUpdatesUntilMarkedAsSeen()
    {
        await Upload(ChangeFeedTests.FollowUp);
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/");
        var block = d.FindElement(By.Id("since-last-visit"));
        Assert.NotEmpty(block.FindElements(By.CssSelector("li[data-change]")));
        block.FindElement(By.TagName("button")).Click();
        WaitFor(() => d.FindElements(By.CssSelector("#since-last-visit .none")).Count > 0);
        Assert.Contains("Nothing has changed.", d.FindElement(By.Id("since-last-visit")).Text);

        await Upload("Lindmark plant reopens\n\nThe Lindmark fertiliser plant reopened on Friday after the fire.");
        d.Navigate().GoToUrl(server.BaseUrl + "/");
        var fresh = d.FindElements(By.CssSelector("#since-last-visit li[data-change]"));
        Assert.NotEmpty(fresh);
        fresh[0].FindElement(By.TagName("a")).Click();
        WaitFor(() => d.Url.Contains("/stories/"));
        Assert.NotEmpty(d.FindElements(By.CssSelector("#since-last-visit li[data-change]")));
    }
}
