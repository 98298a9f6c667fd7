using System.Text.RegularExpressions;
using Corroborate.Core.Claims;
using Corroborate.Core.Reconciliation;
using Corroborate.Core.Text;
using Corroborate.Core.Time;

namespace Corroborate.Core.Timeline;

/// <summary>A dated event of a story: the sentence that reports it and every article that reports it on that date.</summary>
public sealed record TimelineEvent(
    DateOnly Date, DatePrecision Precision, string Kind, string Text, IReadOnlyList<string> Articles, int IndependentSources)
{
    public string FormattedDate => DateFormat.Format(Date, Precision);
}

/// <summary>
/// Builds a story's timeline from sentences with an event verb (arrests, dismissals, calls, deployments,
/// statements, announcements, incidents) and a date expression that resolved to a date; the date expression
/// nearest the verb dates the event. Nothing is dated from the article's own date, so undated items stay out.
/// Reports of one event on one date by several articles are merged.
/// </summary>
public static partial class TimelineBuilder
{
    private static readonly (string Kind, Regex Verb)[] Kinds =
    [
        ("arrest", ArrestVerb()), ("dismissal", DismissalVerb()), ("deployment", DeploymentVerb()),
        ("call", CallVerb()), ("announcement", AnnouncementVerb()), ("incident", IncidentVerb()),
    ];

    [GeneratedRegex(@"\b(?:arrest(?:ed|s)?|detain(?:ed)?|taken into custody|remanded|charged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestVerb();

    [GeneratedRegex(@"\b(?:dismiss(?:ed|al)|sack(?:ed|ing)|fired|ousted|resign(?:ed|ation|s)?|stepped down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DismissalVerb();

    [GeneratedRegex(@"\b(?:deploy(?:ed|ment)?|dispatch(?:ed)?|sent|arriv(?:ed|ing|al)|land(?:ed|ing)|withdraw(?:al|n)?|leaving)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeploymentVerb();

    [GeneratedRegex(@"\b(?:called for|calls for|urged|appealed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallVerb();

    [GeneratedRegex(@"\b(?:announc(?:ed|ement)|declar(?:ed|ation)|statement|televised address|addressed|warned|lifted|restored|imposed|launched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncementVerb();

    [GeneratedRegex(@"\b(?:erupted|broke out|explo(?:ded|sion)|blast|stormed|clashes|killed|spread)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncidentVerb();

    /// <summary>Share of content words two reports of one event have in common, at least.</summary>
    private const double SameEventOverlap = 0.2;

    public static IReadOnlyList<TimelineEvent> Build(StoryContext story)
    {
        var merged = new List<List<(StorySource Source, Report Report)>>();
        // Reports of one event share its day and kind; an index per day and kind finds the first event with a
        // report close enough without comparing every pair of reports.
        var events = new Dictionary<(DateOnly, string), OverlapIndex>();
        foreach (var source in story.Sources)
            foreach (var report in Reports(source.Article))
            {
                if (!events.TryGetValue((report.Date, report.Kind), out var index))
                    events[(report.Date, report.Kind)] = index = new OverlapIndex(SameEventOverlap);
                if (index.FirstGroup(report.Words) is not int same)
                {
                    index.Add(report.Words, merged.Count);
                    merged.Add([(source, report)]);
                }
                else if (merged[same].All(x => x.Source != source))
                {
                    index.Add(report.Words, same);
                    merged[same].Add((source, report));
                }
            }
        return merged
            .Select(m => new TimelineEvent(m[0].Report.Date, m[0].Report.Precision, m[0].Report.Kind, m[0].Report.Text,
                m.Select(x => x.Source.Article.Id).ToList(), story.IndependentCount(m.Select(x => x.Source.Article.Id))))
            .OrderBy(e => e.Date).ThenByDescending(e => e.IndependentSources)
            .ToList();
    }

    private sealed record Report(DateOnly Date, DatePrecision Precision, string Kind, string Text, IReadOnlySet<string> Words);

    private static IEnumerable<Report> Reports(Article article)
    {
        var dated = article.TimeExpressions
            .Where(t => t.Date is not null && t.Kind != TimeKind.Dateline && t.Role == TimeRole.Point)
            .ToList();
        if (dated.Count == 0) yield break;
        foreach (var sentence in SentenceSpans.Of(article))
        {
            var inSentence = dated.Where(t => t.Span.Start >= sentence.Start && t.Span.End <= sentence.End).ToList();
            if (inSentence.Count == 0) continue;
            string text = article.Slice(sentence);
            var verbs = Kinds.SelectMany(k => k.Verb.Matches(text).Select(m => (k.Kind, At: sentence.Start + m.Index))).ToList();
            if (verbs.Count == 0) continue;
            // The verb and the date closest to each other go together: "sacked Wednesday ... was arrested" is a dismissal on Wednesday.
            var (kind, when) = verbs.SelectMany(v => inSentence.Select(t => (v.Kind, Time: t, Distance: Math.Abs((t.Span.Start + t.Span.End) / 2 - v.At))))
                .MinBy(p => p.Distance) is var best ? (best.Kind, best.Time) : default;
            yield return new Report(when.Date!.Value, when.Precision, kind, SentenceWords.WithoutDateline(text), SentenceWords.Of(text));
        }
    }
}
