namespace Corroborate.Core.Time;

/// <summary>
/// Per-article stage: finds the date expressions, takes the reporting date from the metadata (inferring it from the
/// text only when none is given), and resolves every expression against that date. When the text's own clock
/// contradicts the given date, its relative expressions ("on Thursday", "yesterday") are left undated: read from
/// either day they may be wrong, and a timeline must not show a guess as a date.
/// </summary>
public sealed class TimeStage : IArticleStage
{
    public string Name => "time";

    public StageContract Contract { get; } = new([], [Annotation.Dates]);

    public Article Process(Article article) => Apply(article, yearHint: null, storyDates: null);

    /// <param name="yearHint">The story's year, for articles whose text never gives one.</param>
    /// <param name="storyDates">Days the story's other articles mention (see <see cref="StoryDateInference"/>).</param>
    public static Article Apply(Article article, int? yearHint, IReadOnlySet<DateOnly>? storyDates)
    {
        var mentions = TimeGrammar.Find(article.Text);
        DateOnly? published = article.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        var inferred = ReportingDateInference.Infer(mentions, published, yearHint, storyDates);
        int? year = inferred.Date?.Year ?? yearHint;
        bool clockInDoubt = inferred.Conflict is not null;
        return article with
        {
            ReportingDate = inferred.Date,
            DateConflict = inferred.Conflict,
            TextDate = inferred.TextDate,
            TimeExpressions = mentions
                .Select(m => TimeResolver.ToExpression(article.Text, m, clockInDoubt && m.Kind is TimeKind.Weekday or TimeKind.Relative ? null : inferred.Date, year))
                .ToList(),
        };
    }
}
