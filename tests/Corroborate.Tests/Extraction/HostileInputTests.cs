using System.Diagnostics;
using System.Text;
using Corroborate.Core.Extraction;

namespace Corroborate.Tests.Extraction;

/// <summary>Hostile pages get a best-effort result quickly, never a crash, a hang or unbounded memory.</summary>
public class HostileInputTests
{
    private const string Prose = "The committee published its findings on Monday, and the minister said she would respond in full within a month.";

    [Fact]
    public void MalformedHtmlStillYieldsText()
    {
        string html = $"<html><body><div><p>{Prose}<p>Second <b><i>para</b></i>graph, with more words here.</div></span></td><<<>>><p class=\"x {Prose}";
        var page = PageExtractor.Extract(html);
        Assert.Contains(Prose, page.Text);
    }

    [Fact]
    public void HundredThousandNestingLevelsAreFlattened()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) sb.Append("<div>");
        sb.Append("<p>").Append(Prose).Append("</p>");
        for (int i = 0; i < 100_000; i++) sb.Append("</div>");
        sb.Append("</body></html>");
        var watch = Stopwatch.StartNew();
        var page = PageExtractor.Extract(sb.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Contains(Prose, page.Text);
        Assert.Contains(page.Warnings, w => w.Contains("flattened"));
    }

    [Fact]
    public void DeeplyNestedInlineAndTableMarkupDoesNotHang()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 50_000; i++) sb.Append(i % 2 == 0 ? "<b><table><tr><td>" : "<span><i>");
        sb.Append(Prose);
        var watch = Stopwatch.StartNew();
        var page = PageExtractor.Extract(sb.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Contains(Prose, page.Text);
    }

    [Fact]
    public void HundredMegabytePageIsCutWithAWarningAndBoundedMemory()
    {
        byte[] paragraph = Encoding.ASCII.GetBytes($"<p>{Prose}</p>\n");
        const int Size = 100 << 20;
        var bytes = new byte[Size];
        Encoding.ASCII.GetBytes("<html><body><article>").CopyTo(bytes, 0);
        for (int at = 21; at + paragraph.Length < Size; at += paragraph.Length) paragraph.CopyTo(bytes, at);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var page = PageExtractor.Extract(bytes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.NotEmpty(page.Warnings);
        Assert.StartsWith(Prose, page.Text);
        bytes = [];
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.True(retained < 200L << 20, $"retained {retained >> 20} MB");
    }

    [Fact]
    public void ScriptsCommentsAndHugeAttributesNeverReachTheText()
    {
        string dataUri = "data:image/png;base64," + new string('A', 1_000_000);
        string html = $"<html><body><script>var s = '</div><p>not text</p>';</script><!-- <p>hidden comment</p> --><img src=\"{dataUri}\"><p>{Prose}</p><style>p {{ color: red }}</style></body></html>";
        var page = PageExtractor.Extract(html);
        Assert.Equal(Prose, page.Text);
    }

    [Fact]
    public void EmptyAndTextlessPagesGiveNoParagraphs()
    {
        Assert.Empty(PageExtractor.Extract("").Paragraphs);
        Assert.Empty(PageExtractor.Extract("<html><body><script>x()</script></body></html>").Paragraphs);
        Assert.Empty(PageExtractor.Extract(new byte[] { 0xFF, 0xFE }).Paragraphs);
    }
}
