using OpenQA.Selenium;

namespace Corroborate.Tests.Web;

/// <summary>The analysts' pages in Chromium: cited sentences, entity pages, filters, paging, why linked and export links.</summary>
public sealed class AnalystBrowserTests(WebServerFixture server, BrowserFixture browser) : IClassFixture<WebServerFixture>, IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public void ABriefCitationLandsOnItsSentenceHighlighted()
    {
        var d = OpenFireStory();
        var item = d.FindElements(By.CssSelector("section.story ul li")).First(li => li.FindElements(By.CssSelector("a.cite")).Count > 0);
        string brief = item.Text;
        browser.ClickAndWait(item.FindElement(By.CssSelector("a.cite")));
        Assert.Matches(@"\?hl=\d+#s-\d+$", d.Url);
        var highlighted = d.FindElement(By.CssSelector(".s.hl"));
        Assert.Equal("s-" + d.Url.Split("#s-")[1], highlighted.GetAttribute("id"));
        Assert.Contains(highlighted.Text.Trim(), brief);
    }

    [BrowserFact]
    public void AFindingsSourceLinksToTheSentenceOfItsFigure()
    {
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/findings?outlet=Wire+Service");
        var source = d.FindElement(By.CssSelector("table.findings td a[href*='?at=']"));
        string number = source.Text.Split(' ').Last();
        browser.ClickAndWait(source);
        Assert.Contains(number, d.FindElement(By.CssSelector(".s.hl")).Text);
    }

    [BrowserFact]
    public void EntityLinksOpenTheEntityPage()
    {
        var d = OpenFireStory();
        browser.ClickAndWait(d.FindElement(By.CssSelector("section.story a[href^='/entities/']")));
        Assert.Empty(d.FindElements(By.CssSelector("pre")));
        Assert.NotEmpty(d.FindElements(By.CssSelector("table.spellings td")));
        Assert.Contains("Wire Service", d.FindElement(By.CssSelector("table.spellings")).Text);
        Assert.Equal(2, d.FindElements(By.CssSelector("table.articles tr")).Count - 1);
        browser.ClickAndWait(d.FindElement(By.CssSelector("table.stories a")));
        Assert.NotEmpty(d.FindElements(By.CssSelector("section.story")));
    }

    [BrowserFact]
    public void TheFilterFormFiltersAndThePagerKeepsTheFilters()
    {
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/articles");
        d.FindElement(By.XPath("//select[@name='outlet']/option[.='Wire Service']")).Click();
        browser.ClickAndWait(d.FindElement(By.CssSelector("form.filters button")));
        Assert.Contains("outlet=Wire+Service", d.Url);
        Assert.Equal(["Wire report on the plant fire"], Titles(d));

        d.Navigate().GoToUrl(server.BaseUrl + "/articles?from=2026-03-01&to=2026-03-20&page_size=1");
        Assert.Contains("1–1 of 4", d.FindElement(By.CssSelector("nav.pager")).Text);
        browser.ClickAndWait(d.FindElement(By.CssSelector("nav.pager a[rel=next]")));
        Assert.Contains("from=2026-03-01", d.Url);
        Assert.Contains("2–2 of 4", d.FindElement(By.CssSelector("nav.pager")).Text);
        Assert.Equal("2026-03-01", d.FindElement(By.Name("from")).GetAttribute("value"));
        Assert.Single(Titles(d));
    }

    [BrowserFact]
    public void TheStoryPageSaysWhyEachArticleIsLinked()
    {
        var d = OpenFireStory();
        var rows = d.FindElements(By.CssSelector("table.why tr[data-article]"));
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("lindmark", r.Text));
        Assert.All(rows, r => Assert.Contains("Lindmark", r.FindElement(By.CssSelector("a[href^='/entities/']")).Text));
    }

    [BrowserFact]
    public void TheCopyPairSaysWhichIsTheOriginAndWhy()
    {
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/copies?outlet=Daily+Echo");
        browser.ClickAndWait(d.FindElement(By.LinkText("side by side")));
        string origin = d.FindElement(By.CssSelector(".why .origin")).Text;
        Assert.Contains("Wire report on the plant fire", origin);
        Assert.Contains("3 hours before", origin);
        Assert.NotEmpty(d.FindElements(By.CssSelector("table.passages td")));
    }

    [BrowserFact]
    public async Task ExportLinksDownloadTheFilteredList()
    {
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/claims?outlet=Wire+Service");
        string href = d.FindElement(By.CssSelector("a.export")).GetAttribute("href")!;
        Assert.Contains("format=csv", href);
        Assert.Contains("outlet=Wire%20Service", href);
        using var r = await server.Client.GetAsync(href);
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        string csv = await r.Content.ReadAsStringAsync();
        Assert.StartsWith("id,article,category", csv);
    }

    private OpenQA.Selenium.Chrome.ChromeDriver OpenFireStory()
    {
        var d = browser.Driver;
        d.Navigate().GoToUrl(server.BaseUrl + "/stories?q=fertiliser");
        browser.ClickAndWait(d.FindElement(By.CssSelector("table a[href^='/stories/']")));
        return d;
    }

    private List<string> Titles(IWebDriver d) =>
        d.FindElements(By.CssSelector("main table tr td:first-child a")).Select(a => a.Text).ToList();
}
