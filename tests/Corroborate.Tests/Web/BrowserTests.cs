using OpenQA.Selenium;

namespace Corroborate.Tests.Web;

public sealed class BrowserTests(WebServerFixture server, BrowserFixture browser) : IClassFixture<WebServerFixture>, IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public void SearchAndOpenAnArticle()
    {
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/articles");
        d.FindElement(By.Name("q")).SendKeys("explosion");
        browser.ClickAndWait(d.FindElement(By.CssSelector("form button")));
        browser.ClickAndWait(d.FindElement(By.LinkText("Harbour blast kills five")));
        Assert.Equal("Harbour blast kills five", d.FindElement(By.TagName("h1")).Text);
        Assert.Contains("killed five workers", d.FindElement(By.TagName("article")).Text);
    }

    [BrowserFact]
    public void StoryPageLeadsToTheSideBySideViewOfItsCopies()
    {
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/stories?q=fertiliser");
        browser.ClickAndWait(d.FindElement(By.CssSelector("table a[href^='/stories/']")));
        var story = d.FindElement(By.CssSelector("section.story"));
        Assert.Contains("Brief", story.Text);
        Assert.Contains("Sources", story.Text);
        browser.ClickAndWait(story.FindElement(By.CssSelector("a.pair")));
        var marked = d.FindElements(By.CssSelector(".copy mark")).Select(m => m.Text).ToList();
        Assert.Contains(marked, m => m.Contains("Firefighters fought the blaze"));
    }

    [BrowserFact]
    public void CopiedPairSideBySideHighlightsTheSharedPassages()
    {
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/copies");
        browser.ClickAndWait(d.FindElement(By.LinkText("side by side")));
        var panels = d.FindElements(By.CssSelector(".copy"));
        Assert.Equal(2, panels.Count);
        foreach (var panel in panels)
        {
            string marked = string.Join(" ", panel.FindElements(By.TagName("mark")).Select(m => m.Text));
            Assert.Contains("Firefighters fought the blaze for six hours", marked);
            Assert.Contains("environmental groups disputed", marked);
        }
        Assert.DoesNotContain("Our partner agency reports", string.Join(" ", panels[1].FindElements(By.TagName("mark")).Select(m => m.Text)));
    }

    [BrowserFact]
    public async Task ScriptPayloadsInAnArticleRenderInert()
    {
        const string payload = "Payload headline for the test\n\n<script>document.title='pwned'</script> and <img src=x onerror=\"document.title='pwned'\"> inside the body text.";
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(payload) })
        {
            request.Headers.Authorization = new("Bearer", WebServerFixture.Token);
            using var r = await server.Client.SendAsync(request);
            r.EnsureSuccessStatusCode();
        }
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/articles?q=payload");
        browser.ClickAndWait(d.FindElement(By.LinkText("Payload headline for the test")));
        Assert.NotEqual("pwned", d.Title);
        Assert.Empty(d.FindElements(By.CssSelector("article script, article img")));
        Assert.Contains("<script>", d.FindElement(By.TagName("article")).Text);
    }
}
