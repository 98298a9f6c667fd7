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
public sealed class Pipeline(IReadOnlyList<IArticleStage> stages)
{
    public IReadOnlyList<IArticleStage> Stages { get; } = stages;

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
    /// The stages that add annotations and never change the text. The store keeps text and metadata only, so
    /// these run again on a stored article (<see cref="Annotate"/>) to give it back its annotations.
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

    public static Article Annotate(Article stored) => Annotators.Aggregate(stored, (article, stage) => stage.Process(article));

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
