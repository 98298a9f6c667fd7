namespace Corroborate.Core.Time;

/// <summary>
/// Per-article stage: finds the date expressions, infers the reporting date from them and the metadata, and
/// resolves every expression against that date.
/// </summary>
public sealed class TimeStage : IArticleStage
{
    public string Name => "time";

    public Article Process(Article article) => Apply(article, yearHint: null, storyDates: null);

    /// <param name="yearHint">The story's year, for articles whose text never gives one.</param>
    /// <param name="storyDates">Days the story's other articles mention (see <see cref="StoryDateInference"/>).</param>
    public static Article Apply(Article article, int? yearHint, IReadOnlySet<DateOnly>? storyDates)
    {
        var mentions = TimeGrammar.Find(article.Text);
        DateOnly? published = article.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        var inferred = ReportingDateInference.Infer(mentions, published, yearHint, storyDates);
        int? year = inferred.Date?.Year ?? yearHint;
        return article with
        {
            ReportingDate = inferred.Date,
            DateConflict = inferred.Conflict,
            TimeExpressions = mentions.Select(m => TimeResolver.ToExpression(article.Text, m, inferred.Date, year)).ToList(),
        };
    }
}
