using Corroborate.Core;
using Corroborate.Core.Provenance;
using Corroborate.Core.Provenance.Evaluation;

namespace Corroborate.Tests.Provenance;

public class CopyOriginEvaluationTests
{
    private static readonly DateTimeOffset Noon = new(2018, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DatesDecideOnlyWhenTheyDifferAtTheCoarserPrecision()
    {
        Assert.Equal(DateOrder.Decides, PublicationDates.Compare(Noon, Noon.AddMinutes(5)));
        Assert.Equal(DateOrder.Same, PublicationDates.Compare(Noon, Noon));
        Assert.Equal(DateOrder.Same, PublicationDates.Compare(Noon.Date, Noon)); // a day-only date on the same day
        Assert.Equal(DateOrder.Decides, PublicationDates.Compare(Noon.Date.AddDays(-1), Noon));
        Assert.Equal(DateOrder.Undated, PublicationDates.Compare(null, Noon));
    }

    [Fact]
    public void ScoresTheNamedOriginByWhatTheDatesSay()
    {
        Article Dated(string id, DateTimeOffset? published) => new()
        {
            Id = id, Text = "", Original = "", Offsets = OffsetMap.Identity, Published = published,
        };
        var articles = new Dictionary<string, Article>
        {
            ["u1"] = Dated("a1", Noon), ["u2"] = Dated("a2", Noon.AddHours(2)),
            ["u3"] = Dated("a3", Noon.Date), ["u4"] = Dated("a4", null), ["u5"] = Dated("a5", Noon),
        };
        static CopyPair Pair(string a, string b, string origin, double similarity = 0.8) =>
            new(a, b, similarity, similarity, similarity, [new SharedPassage(new(0, 10), new(0, 10), origin)]);
        var gold = new[]
        {
            new JudgedOrigin("u1", "u2", "dev"), // dates decide; named right
            new JudgedOrigin("u2", "u3", "dev"), // u3 is day-only on the same day: not decidable; named wrong
            new JudgedOrigin("u4", "u1", "dev"), // undated; named right
            new JudgedOrigin("u1", "u5", "dev"), // found below the threshold only
            new JudgedOrigin("u1", "u9", "dev"), // u9 is not among the inputs
        };
        var stored = new[]
        {
            Pair("a2", "a1", "a1"), Pair("a2", "a3", "a3"), Pair("a1", "a4", "a4"), Pair("a1", "a5", "a1", 0.1),
        };

        var e = CopyOriginEvaluation.Score(gold, articles, stored, threshold: 0.4);

        Assert.Equal((4, 1), (e.Judged, e.NotFound));
        Assert.Equal(new OriginCounts(1, 1), e.Of(DateOrder.Decides));
        Assert.Equal(new OriginCounts(1, 0), e.Of(DateOrder.Same));
        Assert.Equal(new OriginCounts(1, 1), e.Of(DateOrder.Undated));
        Assert.Equal("u2", e.Wrong.Single().Origin.UrlOrigin);
    }

    [Fact]
    public void ReadsTheGoldAndRejectsAShortLine()
    {
        using var temp = new TempDir();
        string path = temp.Write("origins.tsv", "url_origin\turl_copy\tsplit\tnote\nu1\tu2\tdev\tre-run\n");
        Assert.Equal([new JudgedOrigin("u1", "u2", "dev")], CopyOriginEvaluation.ReadGold(path));

        File.AppendAllText(path, "u3\tu4\n");
        var error = Assert.Throws<InvalidDataException>(() => CopyOriginEvaluation.ReadGold(path));
        Assert.Contains("origins.tsv:3", error.Message);
    }

    /// <summary>Real copies of judged direction: wherever their dates differ, the detector names their origin.</summary>
    [SharedDataFact]
    public void RealCopiesWhoseDatesDifferNameTheirOrigin()
    {
        using var temp = new TempDir();
        var real = RealnewsCopies.Find(temp);
        var gold = CopyOriginEvaluation.ReadGold(
            Path.Combine(TestPaths.RepoRoot, "samples", "realnews-copies", "origins.tsv"));

        var e = CopyOriginEvaluation.Score(gold, real.ArticleOfUrl, real.Copies, ProvenanceOptions.Default.FamilyThreshold);

        Assert.True(e.Of(DateOrder.Decides) is { Pairs: 8, Right: 8 }, e.Format());
    }
}
