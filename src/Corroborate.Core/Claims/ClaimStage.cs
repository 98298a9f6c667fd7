using System.Text.RegularExpressions;
using Corroborate.Core.Quantities;
using Corroborate.Core.Text;
using Corroborate.Core.Time;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Claims;

/// <summary>
/// Per-article stage: turns the article's quantities into numeric claims, sentence by sentence, with category,
/// subject, attribution, hedge and as-of date. Needs the time and quantity stages before it.
/// </summary>
public sealed partial class ClaimStage : IArticleStage
{
    public string Name => "claims";

    public StageContract Contract { get; } = new(
        Needs: [Annotation.Paragraphs, Annotation.Sentences, Annotation.Mentions, Annotation.Dates, Annotation.Quantities],
        Adds: [Annotation.Claims]);

    [GeneratedRegex(@"\b(?:" + ReportingVerbs.DatingTheReport + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerb();

    /// <summary>A time this close after a reporting verb ("said on Sunday", "indicated the ministry this Saturday") dates the figure.</summary>
    private const int ReportingTimeReach = 45;

    /// <summary>Tolls are cumulative: "an explosion on Tuesday killed 14" gives the toll as of the report, not of Tuesday.</summary>
    private static readonly HashSet<ClaimCategory> PointEvents = [ClaimCategory.Arrested, ClaimCategory.Money, ClaimCategory.Other];

    public Article Process(Article article)
    {
        var sentences = SentenceSpans.Of(article);
        var paragraphOf = ParagraphIndices(article, sentences);
        var perSentence = new List<List<NumericClaim>>();
        bool snowStory = ClaimFrame.IsSnowStory(article.Text);
        var pointTimes = article.TimeExpressions.Where(t => t.Date is not null && t.Role == TimeRole.Point).OrderBy(t => t.Span.Start).ToList();
        var claims = new List<NumericClaim>();
        for (int i = 0; i < sentences.Count; i++)
        {
            ArticleBudget.CheckPoint();
            ClaimCategory? carried = i > 0 && paragraphOf[i - 1] == paragraphOf[i] ? SingleCategory(perSentence[i - 1]) : null;
            // A headline kept in the text repeats the body's figures; gold and readers count the body.
            var found = IsHeadline(article, sentences[i]) ? [] : ReadSentence(article, sentences[i], carried, claims.Count, snowStory, pointTimes);
            perSentence.Add(found);
            claims.AddRange(found);
        }
        var hedged = HedgedSentences(article, sentences, paragraphOf, perSentence);
        var marked = perSentence.SelectMany((list, i) => hedged.Contains(i) ? list.Select(c => c with { Hedged = true }) : list).ToList();
        return article with { Claims = ClaimScopes.Assign(article, marked, pointTimes) };
    }

    private static List<NumericClaim> ReadSentence(Article article, TextSpan span, ClaimCategory? carried, int numbering, bool snowStory, List<TimeExpression> pointTimes)
    {
        var quantities = SortedByStart.Within(article.Quantities, q => q.Span, span);
        var result = new List<NumericClaim>();
        if (quantities.Count == 0) return result;
        string sentence = article.Slice(span);
        // Cue words are read past asides and describing participles (see ClaimFrame.ReadingText).
        string reading = ClaimFrame.ReadingText(sentence, quantities.Select(q => q.Span.End - span.Start));
        var cues = CategoryCues.Find(reading);
        var sources = Attribution.Find(sentence);
        var times = SortedByStart.Within(pointTimes, t => t.Span, span);
        var reportingTimes = times.Where(t => IsReportingTime(sentence, t.Span.Start - span.Start, t.Span.End - span.Start)).ToList();
        FigureReader.Reading? previous = null;
        NumericClaim? last = null;
        foreach (var q in quantities)
        {
            int start = q.NumberStart - span.Start, end = q.Span.End - span.Start;
            if (FigureReader.Read(reading, q, start, end, cues, previous, carried) is not { } figure) continue;
            int nextNumber = NextNumber(quantities, q, span, sentence.Length);
            string measure = figure.Measure ?? (figure.Category == ClaimCategory.Other
                ? ClaimFrame.PeopleEvent(reading, start, end, nextNumber) : NumericClaim.CategoryName(figure.Category));
            if (snowStory) measure = ClaimFrame.InSnowStory(measure, figure.Unit);
            // "40 metres (131 feet)", "210 million euros ($234 million)": the same figure again in another unit.
            if (last is not null && ClaimFrame.IsConversion(sentence, last.Span.End - span.Start, q.Span.Start - span.Start, last, measure, figure.Unit)) continue;
            previous = figure;
            result.Add(last = new NumericClaim
            {
                Measure = measure,
                Group = ClaimFrame.CountsPeople(measure) ? ClaimFrame.Group(figure.Subject) : null,
                Condition = ClaimFrame.Condition(reading, start, end, measure, last is null ? 0 : last.Span.End - span.Start, nextNumber),
                Trend = ClaimFrame.Trend(sentence, start, end, quantities.Count == 1, measure),
                Id = $"{article.Id}-{numbering + result.Count + 1}",
                ArticleId = article.Id,
                Category = figure.Category,
                Subject = figure.Subject,
                Low = q.Low,
                High = q.High,
                Qualifier = q.Qualifier,
                Unit = figure.Unit,
                Attribution = Attribution.For(sources, start, end),
                AsOf = AsOf(article, q, figure.Category, times, reportingTimes, quantities),
                Sentence = span,
                Span = q.Span,
            });
        }
        return result;
    }

    private static int NextNumber(List<Quantity> quantities, Quantity q, TextSpan sentence, int length) =>
        quantities.FirstOrDefault(o => o.Span.Start >= q.Span.End) is { } next ? next.Span.Start - sentence.Start : length;

    /// <summary>
    /// The day a figure holds for: the time attached to the verb that reports it ("said on Sunday"); for one-off
    /// events such as arrests or share moves, a time next to the figure ("arrested on Friday"); else the reporting date.
    /// </summary>
    private static string? AsOf(Article article, Quantity q, ClaimCategory category, List<TimeExpression> times, List<TimeExpression> reportingTimes, List<Quantity> quantities)
    {
        var chosen = reportingTimes.OrderBy(t => Distance(t.Span, q.Span)).FirstOrDefault();
        if (chosen is null && PointEvents.Contains(category))
            chosen = times.Where(t => !StartsACount(article.Text, t.Span) && quantities.All(other => Distance(t.Span, q.Span) <= Distance(t.Span, other.Span)))
                .OrderBy(t => Distance(t.Span, q.Span)).FirstOrDefault();
        if (chosen is not null) return chosen.Formatted;
        return article.ReportingDate is { } d ? DateFormat.Format(d, DatePrecision.Day) : null;
    }

    /// <summary>"detained since the unrest began last Sunday": the day a count starts from, not the day it holds for.</summary>
    private static bool StartsACount(string text, TextSpan time)
    {
        var before = text.AsSpan(Math.Max(0, time.Start - 60), Math.Min(60, time.Start));
        int since = before.LastIndexOf("since ", StringComparison.OrdinalIgnoreCase);
        return since >= 0 && before[since..].IndexOfAny(',', ';') < 0;
    }

    private static bool IsReportingTime(string sentence, int start, int end)
    {
        foreach (Match verb in ReportingVerb().Matches(sentence))
        {
            int gapAfter = start - (verb.Index + verb.Length);
            if (gapAfter >= 0 && gapAfter <= ReportingTimeReach && !Regex.IsMatch(sentence[(verb.Index + verb.Length)..start], "[,.;]")) return true;
            int gapBefore = verb.Index - end;
            if (gapBefore is >= 0 and <= 2) return true;
        }
        return false;
    }

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    /// <summary>
    /// Sentences whose claims are hedged: a hedge's own, or, when it has none, the run of figure sentences just
    /// before it ("... 4,000 arrested. These figures could not be independently verified.").
    /// </summary>
    private static HashSet<int> HedgedSentences(Article article, IReadOnlyList<TextSpan> sentences, List<int> paragraphOf, List<List<NumericClaim>> perSentence)
    {
        var hedged = new HashSet<int>();
        for (int i = 0; i < sentences.Count; i++)
        {
            if (!Hedges.IsHedge(article.Slice(sentences[i]))) continue;
            if (perSentence[i].Count > 0) { hedged.Add(i); continue; }
            bool marked = false;
            for (int j = i - 1; j >= 0 && paragraphOf[j] >= paragraphOf[i] - Hedges.ParagraphsBack; j--)
            {
                if (perSentence[j].Count > 0) { hedged.Add(j); marked = true; }
                else if (marked) break;
            }
        }
        return hedged;
    }

    private static bool IsHeadline(Article article, TextSpan sentence) =>
        article.Title is { } title && article.Text.AsSpan(sentence.Start, sentence.Length).Trim().SequenceEqual(title.AsSpan().Trim());

    private static ClaimCategory? SingleCategory(List<NumericClaim> claims)
    {
        // Only people are carried over: "$120 million ... 1.6 million people" is not money.
        var categories = claims.Select(c => c.Category).Where(c => c is not (ClaimCategory.Other or ClaimCategory.Money)).Distinct().ToList();
        return categories.Count == 1 ? categories[0] : null;
    }

    /// <summary>The paragraph of each sentence, in one pass (sentences and paragraphs are both in text order).</summary>
    private static List<int> ParagraphIndices(Article article, IReadOnlyList<TextSpan> sentences)
    {
        var result = new List<int>(sentences.Count);
        int p = 0;
        foreach (var s in sentences)
        {
            if (article.Paragraphs.Count == 0) { result.Add(article.Text.AsSpan(0, s.Start).Count("\n\n")); continue; }
            while (p + 1 < article.Paragraphs.Count && article.Paragraphs[p + 1].Start <= s.Start) p++;
            result.Add(p);
        }
        return result;
    }
}
