using System.Text.RegularExpressions;
using Corroborate.Core.Entities;
using Corroborate.Core.Text;
using Corroborate.Core.Time;

namespace Corroborate.Core.Claims;

/// <summary>
/// Scope over one article. Another incident: the words around the figure say so ("last week", "since 2009", "an
/// earlier attack"), date it well before the article's report, or place casualties where the lede never goes. A
/// part: a subset marker ("including 10 children", "four of them"), a narrower group or condition than a larger
/// figure of the same measure in the article, or a figure below a stated running total. Linear in the article:
/// time expressions and place names are looked up by position, figures are compared with per-measure maxima.
/// </summary>
public static partial class ClaimScopes
{
    /// <summary>Days before the report beyond which a dated figure belongs to an earlier incident, not to a development of this one.</summary>
    private const int EarlierIncidentDays = 10;

    private const int LedeSentences = 2;

    /// <summary>Casualties in a place the lede never names ("strikes in Kunduz that left 32 dead") belong to another incident.</summary>
    private static readonly HashSet<string> Casualties = new(StringComparer.Ordinal) { "dead", "injured" };

    /// <param name="pointTimes">The article's dated points (resolved, role point) in text order, as the claim stage reads them.</param>
    public static IReadOnlyList<NumericClaim> Assign(Article article, IReadOnlyList<NumericClaim> claims, List<TimeExpression> pointTimes)
    {
        if (claims.Count == 0) return claims;
        var context = new Context(article, pointTimes);
        var scoped = new List<NumericClaim>(claims.Count);
        foreach (var c in claims)
            scoped.Add(context.SentenceScope(c) is var scope && scope != c.Scope ? c with { Scope = scope } : c);
        MarkListedParts(article, scoped);
        MarkNarrowerParts(scoped);
        MarkPartsOfRunningTotals(article, scoped);
        return scoped;
    }

    /// <summary>"Its 25 crewmen — 23 Chinese citizens and two men from Myanmar": counts set off after a larger one list its parts.</summary>
    private static void MarkListedParts(Article article, List<NumericClaim> scoped)
    {
        for (int i = 1; i < scoped.Count; i++)
        {
            var c = scoped[i];
            if (c.Scope != ClaimScope.Total || !ClaimFrame.CountsPeople(c.Measure)) continue;
            for (int j = i - 1; j >= 0 && scoped[j].Sentence == c.Sentence; j--)
            {
                var whole = scoped[j];
                if (!ClaimFrame.CountsPeople(whole.Measure) || whole.Low <= c.High || whole.Span.End > c.Span.Start) continue;
                if (ListOpener().IsMatch(article.Text.AsSpan(whole.Span.End, c.Span.Start - whole.Span.End)))
                {
                    scoped[i] = c with { Scope = ClaimScope.Part };
                    break;
                }
            }
        }
    }

    /// <summary>Between a whole and its listed parts: a dash, colon or bracket, then at most a few words and parts.</summary>
    [GeneratedRegex(@"^[^.;]{0,40}?\s*[—–:(]\s*[^.;—–:()]{0,80}$")]
    private static partial Regex ListOpener();

    /// <summary>"10 US citizens" beside "12 dead", "8 seriously injured" beside "51 injured": a narrower count of a larger one.</summary>
    private static void MarkNarrowerParts(List<NumericClaim> scoped)
    {
        if (scoped.All(c => c.Group is null && c.Condition is null)) return;
        var ungrouped = Maxima(scoped.Where(c => c.Scope == ClaimScope.Total && c.Group is null));
        var unconditioned = Maxima(scoped.Where(c => c.Scope == ClaimScope.Total && c.Condition is null));
        for (int i = 0; i < scoped.Count; i++)
        {
            var c = scoped[i];
            if (c.Scope != ClaimScope.Total || !ClaimFrame.CountsPeople(c.Measure)) continue;
            bool narrower = c.Group is not null && ungrouped.GetValueOrDefault(c.Measure) > c.High
                || c.Condition is not null && unconditioned.GetValueOrDefault(c.Measure) > c.High;
            if (narrower) scoped[i] = c with { Scope = ClaimScope.Part };
        }
    }

    /// <summary>"34 inches on Christmas Day ... bringing the total to 62.9 inches": a figure below a running total is one of its parts.</summary>
    private static void MarkPartsOfRunningTotals(Article article, List<NumericClaim> scoped)
    {
        var cumulative = scoped.Select(c => IsCumulative(article, c)).ToList();
        if (!cumulative.Contains(true)) return;
        var totals = new Dictionary<(string, string?), double>();
        for (int i = 0; i < scoped.Count; i++)
            if (cumulative[i] && scoped[i].Scope == ClaimScope.Total)
                totals[(scoped[i].Measure, scoped[i].Group)] = Math.Max(totals.GetValueOrDefault((scoped[i].Measure, scoped[i].Group)), scoped[i].Low);
        for (int i = 0; i < scoped.Count; i++)
        {
            var c = scoped[i];
            if (c.Scope == ClaimScope.Total && !cumulative[i] && totals.GetValueOrDefault((c.Measure, c.Group)) > c.High)
                scoped[i] = c with { Scope = ClaimScope.Part };
        }
    }

    private static Dictionary<string, double> Maxima(IEnumerable<NumericClaim> claims)
    {
        var max = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in claims) max[c.Measure] = Math.Max(max.GetValueOrDefault(c.Measure), c.Low);
        return max;
    }

    private static bool IsCumulative(Article article, NumericClaim c)
    {
        var before = article.Text.AsSpan(Math.Max(c.Sentence.Start, c.Span.Start - 50), c.Span.Start - Math.Max(c.Sentence.Start, c.Span.Start - 50));
        return before.ContainsAny(FrameCues.CumulativeWords) && FrameCues.Cumulative().IsMatch(before);
    }

    /// <summary>What one article offers every figure: its lede's places, and its dated points and places in text order.</summary>
    private sealed class Context(Article article, List<TimeExpression> points)
    {
        private readonly HashSet<string> _lede = LedePlaces(article);
        private readonly List<EntityMention> _places = article.Mentions.Where(m => m.Type == "LOC").OrderBy(m => m.Start).ToList();

        // Figures of one sentence, often of one clause, ask the same questions: the sentence and the last window's answer are kept.
        private (TextSpan Span, string Text, bool Fronted, List<(int Start, int End)> Earlier) _sentence;
        private (TextSpan Sentence, int From, int To, bool Earlier) _window;

        public ClaimScope SentenceScope(NumericClaim c)
        {
            if (_sentence.Text is null || _sentence.Span != c.Sentence)
            {
                string text = article.Slice(c.Sentence);
                var earlier = new List<(int, int)>();
                if (text.AsSpan().ContainsAny(FrameCues.OtherIncidentWords))
                    foreach (var m in FrameCues.OtherIncident().EnumerateMatches(text)) earlier.Add((m.Index, m.Index + m.Length));
                _sentence = (c.Sentence, text, FrontedSubordinate().IsMatch(text), earlier);
            }
            string sentence = _sentence.Text;
            int start = c.Span.Start - c.Sentence.Start, end = c.Span.End - c.Sentence.Start;
            var (from, to) = ScopeWindow(sentence, start, end, _sentence.Fronted);
            if (_window.Sentence != c.Sentence || _window.From != from || _window.To != to)
                _window = (c.Sentence, from, to, _sentence.Earlier.Exists(e => e.Start >= from && e.End <= to)
                    || DatedWellBefore(from + c.Sentence.Start, to + c.Sentence.Start) || FromAnOldSource(sentence.AsSpan(from, to - from)));
            if (_window.Earlier) return ClaimScope.OtherIncident;
            // Casualties of an attack or strike in a place the lede never names ("air strikes in Kunduz that left 32 dead");
            // "killed in Miraslav", a city of the story's own country, names no other event.
            var window = sentence.AsSpan(from, to - from);
            if (Casualties.Contains(c.Measure) && (EventNoun().IsMatch(window) && ElsewherePlace(from + c.Sentence.Start, to + c.Sentence.Start)
                    || EventAnaphor().IsMatch(window) && PreviousSentenceIsElsewhere(c.Sentence)))
                return ClaimScope.OtherIncident;
            if (ClaimFrame.CountsPeople(c.Measure)
                && (FrameCues.SubsetBefore().IsMatch(sentence.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40))) || FrameCues.SubsetAfter().IsMatch(sentence.AsSpan(end))))
                return ClaimScope.Part;
            return ClaimScope.Total;
        }

        private bool DatedWellBefore(int from, int to)
        {
            if (article.ReportingDate is not { } reported) return false;
            bool any = false;
            for (int i = SortedByStart.FirstAtOrAfter(points, t => t.Span.Start, from); i < points.Count && points[i].Span.Start < to; i++)
            {
                var t = points[i];
                if (t.Span.End > to) continue;
                any = true;
                if (LastDay(t).DayNumber >= reported.DayNumber - EarlierIncidentDays) return false;
            }
            return any;
        }

        /// <summary>"according to a 2011 report": a figure from a study or count of an earlier year is background.</summary>
        private bool FromAnOldSource(ReadOnlySpan<char> window)
        {
            if (article.ReportingDate is not { } reported) return false;
            if (!window.ContainsAnyInRange('0', '9')) return false;
            foreach (var m in DatedSource().EnumerateMatches(window))
                if (int.Parse(window.Slice(m.Index, 4), provider: System.Globalization.CultureInfo.InvariantCulture) < reported.Year) return true;
            return false;
        }

        private readonly IReadOnlyList<TextSpan> _sentences = SentenceSpans.Of(article);

        /// <summary>"Nato was investigating the air strikes in Kunduz. Some 30 civilians were killed in the incident."</summary>
        private bool PreviousSentenceIsElsewhere(TextSpan sentence)
        {
            int i = SortedByStart.FirstAtOrAfter(_sentences, s => s.Start, sentence.Start);
            return i > 0 && ElsewherePlace(_sentences[i - 1].Start, _sentences[i - 1].End);
        }

        private bool ElsewherePlace(int from, int to)
        {
            if (_lede.Count == 0) return false;
            for (int i = SortedByStart.FirstAtOrAfter(_places, m => m.Start, from); i < _places.Count && _places[i].Start < to; i++)
            {
                var m = _places[i];
                int before = Math.Max(0, m.Start - 20);
                if (m.End <= to && !_lede.Contains(m.Text) && PlacePreposition().IsMatch(article.Text.AsSpan(before, m.Start - before))) return true;
            }
            return false;
        }
    }

    /// <summary>A year or month is "well before" only when it ends before the report's day.</summary>
    private static DateOnly LastDay(TimeExpression t) => t.Precision switch
    {
        DatePrecision.Year => new DateOnly(t.Date!.Value.Year, 12, 31),
        DatePrecision.Month => new DateOnly(t.Date!.Value.Year, t.Date.Value.Month, 1).AddMonths(1).AddDays(-1),
        _ => t.Date!.Value,
    };

    /// <summary>Places the headline and the first two sentences name: where the story happens.</summary>
    private static HashSet<string> LedePlaces(Article article)
    {
        var sentences = SentenceSpans.Of(article);
        int ledeEnd = sentences.Count > LedeSentences ? sentences[LedeSentences - 1].End : article.Text.Length;
        if (article.Paragraphs.Count > 1) ledeEnd = Math.Min(ledeEnd, article.Paragraphs[1].Start);
        var places = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in article.Mentions.Where(m => m.Type == "LOC"))
            if (m.Start < ledeEnd || article.Title?.Contains(m.Text, StringComparison.OrdinalIgnoreCase) == true) places.Add(m.Text);
        return places;
    }

    [GeneratedRegex(@"\b(?:attacks?|strikes?|airstrikes?|bombings?|raids?|explosions?|blasts?|crash(?:es)?|clashes|fighting|shelling|assaults?|ambush(?:es)?|massacres?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventNoun();

    /// <summary>"in the incident", "in the strikes": the figure refers back to an event named before.</summary>
    [GeneratedRegex(@"\b(?:in|during|by)\s+(?:the|that|those|these)\s+(?:incident|attacks?|strikes?|air\s*strikes?|raids?|bombings?|operation|shelling|assault)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventAnaphor();

    [GeneratedRegex(@"\b(?:19|20)\d\d\s+(?:report|study|survey|census|estimate|estimates|analysis|figures|statistics|data|count)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatedSource();

    [GeneratedRegex(@"\b(?:in|near|at|of)\s+(?:the\s+)?(?:\p{L}+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"^\W*(?:\p{L}+\s+)?(?:when|after|before|while|as|once)\s", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedSubordinate();

    [GeneratedRegex(@"^\s*(?:which|who|whom|whose|where|when|after|before|because|although|though|until)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();

    /// <summary>
    /// The words whose time and place apply to a figure: its clause; when that clause hangs off another ("failed
    /// when Boko Haram demanded $5.2 billion", "in which 30 people were killed"), that one too; and a fronted
    /// subordinate clause ("When it tested a missile on July 28, it reached 2,300 miles") dates its whole sentence.
    /// </summary>
    private static (int From, int To) ScopeWindow(string sentence, int start, int end, bool fronted)
    {
        var (from, to) = ClaimFrame.Clause(sentence, start, end);
        if (fronted) return (0, to);
        (int Index, int Length)? last = null, beforeLast = null;
        foreach (var b in ClaimFrame.ClauseBreaks(sentence))
        {
            if (b.Index + b.Length > from) break;
            (beforeLast, last) = (last, b);
        }
        if (last is not { } l || !Subordinator().IsMatch(sentence.AsSpan(l.Index, l.Length))) return (from, to);
        return (beforeLast is { } p ? p.Index + p.Length : 0, to);
    }
}
