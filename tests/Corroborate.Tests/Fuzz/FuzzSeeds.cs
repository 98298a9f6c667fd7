using System.Text;
using System.Xml.Linq;
using Corroborate.Tests.Extraction;

namespace Corroborate.Tests.Fuzz;

/// <summary>
/// The documents the mutation fuzzer starts from: the demo's pages, JSON Lines and texts, the same texts packed as
/// an RSS feed, an Atom feed and WARC archives (plain and gzip), and, when ../shared/data is present, the seeds and
/// a slice of real news. Every input format the readers accept has real text in it.
/// </summary>
public static class FuzzSeeds
{
    public static IReadOnlyList<(string Name, byte[] Bytes)> All()
    {
        string articles = Path.Combine(TestPaths.Demo, "articles");
        var files = Directory.GetFiles(articles).Order(StringComparer.Ordinal).ToList();
        if (TestPaths.HasSharedData) files.AddRange(Directory.GetFiles(TestPaths.Seeds).Order(StringComparer.Ordinal));
        var seeds = files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var texts = files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Select(File.ReadAllText).Take(6).ToList();
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        seeds.Add(("feed.rss", Encoding.UTF8.GetBytes(Rss(texts))));
        seeds.Add(("feed.atom", Encoding.UTF8.GetBytes(Atom(texts))));
        var records = pages.Concat(texts.Select(AsPage)).Select((html, i) => WarcArchive.PageRecord($"https://news.example/{i}", html)).ToList();
        seeds.Add(("crawl.warc", records.SelectMany(r => r).ToArray()));
        seeds.Add(("crawl.warc.gz", records.SelectMany(WarcArchive.GzipMember).ToArray()));
        if (TestPaths.HasSharedData)
        {
            // Real scraper warts as one JSON Lines document, kept small so cases stay quick.
            var lines = File.ReadLines(Path.Combine(TestPaths.SharedData, "realnews-dev", "articles.jsonl")).Take(12);
            seeds.Add(("realnews.jsonl", Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        }
        return seeds;
    }

    private static string Headline(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    private static string AsHtml(string text) =>
        string.Concat(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));

    private static string AsPage(string text) =>
        $"<html><head><title>{System.Net.WebUtility.HtmlEncode(Headline(text))}</title></head><body><article>{AsHtml(text)}</article></body></html>";

    private static string Rss(IEnumerable<string> texts)
    {
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var items = texts.Select((text, i) => new XElement("item",
            new XElement("title", Headline(text)),
            new XElement("link", $"https://feed.example/{i}"),
            new XElement("pubDate", "Tue, 05 Mar 2024 09:30:00 GMT"),
            new XElement(content + "encoded", new XCData(AsHtml(text)))));
        var rss = new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "content", content),
            new XElement("channel", new XElement("title", "Fuzz Herald"), items));
        return new XDocument(rss).ToString();
    }

    private static string Atom(IEnumerable<string> texts)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = texts.Select((text, i) => new XElement(atom + "entry",
            new XElement(atom + "title", Headline(text)),
            new XElement(atom + "link", new XAttribute("href", $"https://atom.example/{i}")),
            new XElement(atom + "updated", "2024-03-05T09:30:00Z"),
            new XElement(atom + "content", new XAttribute("type", "html"), AsHtml(text))));
        return new XDocument(new XElement(atom + "feed", new XElement(atom + "title", "Fuzz Atom"), entries)).ToString();
    }
}
