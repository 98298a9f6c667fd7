using Corroborate.Core;
using Corroborate.Core.Cleaning;
using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Cleaning;

public class JunkLineRemoverTests
{
    private const string Scraped = """
        Flood waters reach the old harbour district

        © NORTHWIRE / Jana Petrov

        Share this article

        Rescue teams worked through the night on Tuesday as the river rose above its banks in Lindmark.

        Evacuation ordered

        Some 3,000 residents were moved to schools and sports halls, the regional council said.

        "We have never seen water this high," said Tomas Erlend, a shopkeeper.

        Damage assessment

        Officials said the cost could not yet be estimated.

        Read more: Storm season outlook

        Comments (3)

        Leave a Reply

        Your email address will not be published. Required fields are marked *

        Source link
        """;

    private static Article Clean(string text, LineRecurrence? recurrence = null, string path = "a.txt") =>
        new Pipeline([new TextLayout(), new JunkLineRemover(recurrence)]).Run(new ArticleDraft { Path = path, Format = SourceFormat.Text, Text = text });

    [Fact]
    public void RemovesFurnitureAndKeepsBodyAndSubheadings()
    {
        var a = Clean(Scraped);
        Assert.Equal("Flood waters reach the old harbour district", a.Title);
        foreach (var junk in new[] { "© NORTHWIRE", "Share this article", "Read more", "Comments (3)", "Leave a Reply", "Your email address", "Source link" })
            Assert.DoesNotContain(junk, a.Text);
        foreach (var body in new[] { "Rescue teams worked", "Evacuation ordered", "Some 3,000 residents", "never seen water", "Damage assessment", "could not yet be estimated" })
            Assert.Contains(body, a.Text);
        Assert.Equal(8, a.RemovedLines.Count); // the title and seven furniture lines
        Assert.All(a.RemovedLines, r => Assert.False(string.IsNullOrEmpty(r.Reason)));
    }

    [Fact]
    public void NeverRemovesProseEvenWhenItMentionsComments()
    {
        var a = Clean("A headline for this piece\n\nThe minister declined to comment on the report.\n\nShare your thoughts with the committee, the chair said on Monday evening.");
        Assert.Contains("declined to comment", a.Text);
        Assert.Contains("Share your thoughts", a.Text);
        Assert.Single(a.RemovedLines);
    }

    [Fact]
    public void ShortEndingSubheadingThatIsNotFurnitureStays()
    {
        var a = Clean("Talks collapse in the capital\n\nNegotiators left the building after six hours without an agreement.\n\nWhat comes next");
        Assert.EndsWith("What comes next", a.Text);
    }

    [Fact]
    public void LinesRecurringAcrossSourcesAreRemovedAtTheEdges()
    {
        var recurrence = new LineRecurrence(minSources: 3);
        string Body(string s) => $"Title number {s} here\n\nThe body of article {s} says something long enough to be prose.\n\nPowered by NewsFeedPro 2.1";
        foreach (var s in new[] { "one", "two", "three" }) recurrence.Add(Body(s), s);
        var a = Clean(Body("one"), recurrence, "one");
        Assert.DoesNotContain("Powered by", a.Text);
        Assert.Contains(a.RemovedLines, r => r.Reason == "recurs across articles");
    }

    [Theory]
    [InlineData("Leave a Reply", JunkLineClassifier.Verdict.EdgeJunk)]
    [InlineData("Comments (12)", JunkLineClassifier.Verdict.EdgeJunk)]
    [InlineData("***", JunkLineClassifier.Verdict.EdgeJunk)]
    [InlineData("© AGENCY / AP / Photographer", JunkLineClassifier.Verdict.Junk)]
    [InlineData("Photo: Marta Reyes", JunkLineClassifier.Verdict.Junk)]
    [InlineData("Warning shots", JunkLineClassifier.Verdict.Body)]
    [InlineData("More than 3,000 arrests", JunkLineClassifier.Verdict.Body)]
    [InlineData("The source said the government would resign before the vote was held.", JunkLineClassifier.Verdict.Body)]
    public void ClassifiesLines(string line, JunkLineClassifier.Verdict expected) => Assert.Equal(expected, JunkLineClassifier.Classify(line));
}
