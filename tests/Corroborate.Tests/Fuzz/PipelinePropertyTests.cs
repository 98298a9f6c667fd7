using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Stories;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Fuzz;

/// <summary>
/// Properties of the whole per-article pipeline and of story assignment over generated news-like articles (names,
/// organisations, figures, tolls, dates and attributions in random order, paragraphs and odd characters): the
/// stages never throw, entity mentions and claims lie inside the text in order, and story assignment is a
/// partition in which an article sent twice joins itself.
/// </summary>
public sealed class PipelinePropertyTests
{
    private static readonly string[] Words =
    [
        "Tokayev", "Masimov", "Almaty", "the Interior Ministry", "CSTO", "President", "police", "protesters", "said", "told",
        "Reuters", "according to", "officials", "killed", "were", "injured", "arrested", "more than", "about", "at least",
        "164", "2,000", "3.5", "8,000", "dozens", "people", "troops", "$", "million", "%", "on", "Thursday", "January 5",
        "2022", "last week", "since", "in", "the", "city", "of", "and", ",", ".", ".", "\"", "“", "”", "(", ")", "–",
        "\n\n", "\u00A0", "Mr.", "U.S.", "St.", "e.g.", "\uFFFD",
    ];

    private static Gen<string> Sentence() =>
        Gen.Elements(Words).ListOf().Select(words => string.Join(" ", words));

    private static Gen<string> ArticleText() =>
        Sentence().ListOf().Select(sentences => string.Join(" ", sentences));

    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(150);

    private static Article Run(string text) =>
        Pipeline.Default().Run(new ArticleDraft { Path = "generated.txt", Format = SourceFormat.Text, Text = text });

    private static bool Inside(TextSpan span, int length) => span.Start >= 0 && span.Start <= span.End && span.End <= length;

    [Fact]
    public void EntityMentionsLieInsideTheTextInOrderWithoutOverlap() =>
        Prop.ForAll(ArticleText().ToArbitrary(), text =>
        {
            var article = Run(text);
            var mentions = article.Mentions;
            return mentions.All(m => m.Start >= 0 && m.Start < m.End && m.End <= article.Text.Length && article.Text[m.Start..m.End] == m.Text)
                && mentions.Zip(mentions.Skip(1)).All(p => p.First.End <= p.Second.Start);
        }).Check(Cases);

    [Fact]
    public void ClaimsLieInsideTheirSentencesWithOrderedBounds() =>
        Prop.ForAll(ArticleText().ToArbitrary(), text =>
        {
            var article = Run(text);
            return article.Claims.All(c => Inside(c.Sentence, article.Text.Length)
                && c.Sentence.Start <= c.Span.Start && c.Span.End <= c.Sentence.End
                && c.Low <= c.High && !double.IsNaN(c.Low) && c.ArticleId == article.Id)
                && article.Claims.Select(c => c.Id).Distinct().Count() == article.Claims.Count;
        }).Check(Cases);

    [Fact]
    public void StoryAssignmentIsAPartitionAndARepeatedArticleJoinsItself() =>
        Prop.ForAll(ArticleText().Where(t => t.Split(' ').Length >= 40).ListOf().ToArbitrary(), texts =>
        {
            var engine = new StoryEngine(StoryOptions.Default);
            var extractor = new TermExtractor(StoryOptions.Default, new TaggedOrCapitalised());
            var day = new DateTimeOffset(2022, 1, 5, 0, 0, 0, TimeSpan.Zero);
            bool holds = true;
            var assigned = new HashSet<string>();
            foreach (var (text, i) in texts.Select((t, i) => (t, i)))
            {
                var terms = extractor.Extract(Run(text));
                var first = engine.Add(new StoryArrival($"a{i}", day.AddHours(i), null, terms));
                var again = engine.Add(new StoryArrival($"a{i}-again", day.AddHours(i), null, terms));
                holds &= assigned.Add(first.ArticleId) && assigned.Add(again.ArticleId) && first.Story >= 0;
                holds &= terms.Count == 0 || again.Story == Survivor(engine, first.Story);
            }
            return holds;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

    /// <summary>The story a story became after merges (a bridging article can fold one story into another).</summary>
    private static int Survivor(StoryEngine engine, int story)
    {
        foreach (var merge in engine.Merges) if (merge.From == story) story = merge.Into;
        return story;
    }
}
