using System.Security.Cryptography;
using System.Text;
using Corroborate.Core.Cleaning;
using Corroborate.Core.Entities;
using Corroborate.Core.Ingest;
using Corroborate.Core.Text;

namespace Corroborate.Core;

/// <summary>
/// The whole data flow, top to bottom: a draft from a reader becomes an <see cref="Article"/> with
/// normalised text, then passes through the per-article stages in order. Corpus stages run over the store
/// afterwards (see the CLI's analyze command).
/// </summary>
public sealed class Pipeline
{
    /// <param name="given">What the articles carry before the first stage; a reader's draft carries none.</param>
    /// <exception cref="StageOrderException">When a stage needs what no earlier stage adds.</exception>
    public Pipeline(IReadOnlyList<IArticleStage> stages, IReadOnlyList<Annotation>? given = null)
    {
        Stages = stages;
        Leaves = StageContract.Check(stages.Select(s => (s.Name, s.Contract)), given ?? []);
    }

    public IReadOnlyList<IArticleStage> Stages { get; }

    /// <summary>The annotations an article carries after the last stage.</summary>
    public IReadOnlySet<Annotation> Leaves { get; }

    /// <summary>The standard per-article stages. <paramref name="recurrence"/> holds line counts across the batch.</summary>
    public static Pipeline Default(LineRecurrence? recurrence = null) => new(
    [
        new TextLayout(),                  // dateline, headline and byline of plain text become metadata
        new JunkLineRemover(recurrence),   // scraper furniture out, body text untouched
        new ParagraphSplitter(),
        new LanguageGuesser(),
        .. Annotators,
    ]);

    /// <summary>
    /// The stages that add annotations and never change the text. Ingest stores what they add (see
    /// <see cref="Store.AnnotatedArticles"/>); they run again on a stored article (<see cref="Annotate"/>) only when
    /// its stored annotations were made by another build.
    /// </summary>
    public static IReadOnlyList<IArticleStage> Annotators { get; } =
    [
        new Segmenter(),                   // tokens and sentences
        new EntityRecognizer(),            // named-entity mentions
        new Time.TimeStage(),              // date expressions and the reporting date
        new Quantities.QuantityStage(),
        new Claims.ClaimStage(),           // numeric claims with attribution, hedges and as-of dates
        new Quotes.QuoteStage(),
    ];

    /// <summary>What a stored article keeps of the per-article stages: cleaned text, its metadata and paragraphs.</summary>
    public static IReadOnlyList<Annotation> Stored { get; } = [Annotation.Layout, Annotation.CleanText, Annotation.Paragraphs, Annotation.Language];

    private static readonly Lazy<Pipeline> Restorer = new(() => new Pipeline(Annotators, Stored));

    public static Article Annotate(Article stored) => Restorer.Value.Stages.Aggregate(stored, (article, stage) => stage.Process(article));

    /// <exception cref="ArticleBudgetExceededException">When the article costs more than <paramref name="budget"/> allows.</exception>
    public Article Run(ArticleDraft draft, ArticleBudget? budget = null)
    {
        using var meter = (budget ?? ArticleBudget.Unlimited).Start();
        var article = CreateArticle(draft);
        meter.Check();
        foreach (var stage in Stages)
        {
            meter.Enter(stage.Name);
            article = stage.Process(article);
            meter.Check();
        }
        return article;
    }

    /// <summary>Normalises the draft's text; the article id is a hash of that normalised text.</summary>
    public static Article CreateArticle(ArticleDraft draft)
    {
        var normalized = TextNormalizer.Normalize(draft.Text);
        return new Article
        {
            Id = ContentId(normalized.Text),
            Text = normalized.Text,
            Original = draft.Text,
            Offsets = OffsetMap.FromOrigins(normalized.Origins, draft.Text.Length),
            Source = draft.Source,
            Url = draft.Url,
            Title = string.IsNullOrWhiteSpace(draft.Title) ? null : TextNormalizer.Normalize(draft.Title).Text,
            Published = draft.Published,
            Language = draft.Language,
            Author = draft.Author,
            Path = draft.Path,
            Format = draft.Format,
        };
    }

    public static string ContentId(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
