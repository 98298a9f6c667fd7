using Corroborate.Core.Claims;
using Corroborate.Core.Reconciliation;
using Corroborate.Core.Text;
using Corroborate.Core.Timeline;

namespace Corroborate.Core.Briefs;

/// <summary>A sentence of a brief, with the articles it cites. <see cref="Generated"/> sentences are written from findings, not taken from an article.</summary>
public sealed record BriefSentence(
    string Text, IReadOnlyList<string> Articles, IReadOnlyList<int> Citations, bool Generated)
{
    /// <summary>Per cited article, where the cited sentence starts in its text, so that a citation can point at it.</summary>
    public IReadOnlyDictionary<string, int> SentenceStarts { get; init; } = new Dictionary<string, int>();
}

public sealed record BriefOptions
{
    public const int MinSentences = 1;
    public const int MaxSentences = 30;

    /// <summary>Sentences in the brief, generated ones included.</summary>
    public int Sentences { get; init; } = 7;

    /// <summary>Sentences this similar (Jaccard of content words) are one sentence repeated, usually by a copy.</summary>
    public double RepeatOverlap { get; init; } = 0.5;

    /// <summary>A candidate this close (cosine) to a chosen sentence adds too little to be chosen too.</summary>
    public double RedundantCosine { get; init; } = 0.35;
}

/// <summary>
/// An extractive brief. Near-identical sentences across articles (copies repeat whole sentences) are merged into
/// one candidate that cites them all. Candidates are ranked by centrality (summed TF-IDF cosine to the story's
/// other sentences) weighted by how many independent sources give them, with a bonus for carrying a corroborated
/// figure or a dated event; a chosen sentence excludes those too similar to it. Sentences stating a disputed
/// figure are left out: each dispute and update becomes a generated sentence saying who gave which figure.
/// </summary>
public static class BriefBuilder
{
    private const int MinWords = 8;
    private const int MaxWords = 70;
    private const int MaxGenerated = 3;

    public static IReadOnlyList<BriefSentence> Build(StoryContext story, IReadOnlyList<Finding> findings, IReadOnlyList<TimelineEvent> timeline, BriefOptions options)
    {
        var generated = Generated(story, findings).Take(Math.Min(MaxGenerated, options.Sentences / 2)).ToList();
        var disputed = findings.Where(f => f.IsDispute).SelectMany(f => f.ClaimIds).ToHashSet();
        var corroborated = findings.Where(f => f.Kind == FindingKind.Corroborated).SelectMany(f => f.ClaimIds).ToHashSet();
        var candidates = Candidates(story, disputed, options);
        if (candidates.Count == 0) return generated;
        var vectors = TfIdf(candidates);
        // The vectors have unit length (or none), so the summed cosine to the others is v·(Σ all) − v·v: one
        // pass over the story instead of comparing every pair of sentences.
        var sum = new Dictionary<string, double>();
        foreach (var (word, weight) in vectors.SelectMany(v => v)) sum[word] = sum.GetValueOrDefault(word) + weight;
        var eventTexts = timeline.Select(e => SentenceWords.Of(e.Text)).ToList();
        foreach (var (c, v) in candidates.Zip(vectors))
        {
            double centrality = Cosine(v, sum) - Cosine(v, v);
            int independent = story.IndependentCount(c.Articles);
            double bonus = 1 + (c.ClaimIds.Any(corroborated.Contains) ? 0.5 : 0) + (eventTexts.Any(e => SentenceWords.Overlap(e, c.Words) >= 0.6) ? 0.3 : 0)
                + (c.Position < 2 ? 0.3 : 0);
            c.Score = centrality * (1 + Math.Log2(independent)) * bonus;
        }
        var chosen = new List<int>();
        foreach (int i in Enumerable.Range(0, candidates.Count).OrderByDescending(i => candidates[i].Score))
        {
            if (chosen.Count >= options.Sentences - generated.Count) break;
            if (chosen.Any(j => Cosine(vectors[i], vectors[j]) > options.RedundantCosine)) continue;
            chosen.Add(i);
        }
        var extracted = chosen.Select(i => candidates[i])
            .OrderBy(c => story.Source(c.Articles[0]).Day ?? DateOnly.MaxValue).ThenBy(c => story.Source(c.Articles[0]).Number).ThenBy(c => c.Position)
            .Select(c => Cited(story, c.Text, c.Articles, generated: false) with { SentenceStarts = c.Starts });
        return extracted.Concat(generated).ToList();
    }

    private sealed class Candidate(string text, IReadOnlySet<string> words, int position)
    {
        public string Text { get; } = text;
        public IReadOnlySet<string> Words { get; } = words;
        public int Position { get; } = position;
        public List<string> Articles { get; } = [];
        public Dictionary<string, int> Starts { get; } = [];
        public HashSet<string> ClaimIds { get; } = [];
        public double Score { get; set; }
    }

    private static List<Candidate> Candidates(StoryContext story, HashSet<string> disputed, BriefOptions options)
    {
        var candidates = new List<Candidate>();
        var repeats = new OverlapIndex(options.RepeatOverlap);
        foreach (var source in story.Sources)
        {
            var article = source.Article;
            int position = 0;
            foreach (var span in SentenceSpans.Of(article))
            {
                string text = SentenceWords.WithoutDateline(article.Slice(span)).Trim();
                int words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (words < MinWords || words > MaxWords || !char.IsUpper(text[0]) || !".!?\"”’»".Contains(text[^1]) || text.EndsWith('?')) continue;
                var claims = article.Claims.Where(c => c.Sentence.Start >= span.Start && c.Sentence.End <= span.End).Select(c => c.Id).ToList();
                if (claims.Any(disputed.Contains)) continue;
                var wordSet = SentenceWords.Of(text);
                var same = repeats.FirstGroup(wordSet) is int first ? candidates[first] : null;
                if (same is null)
                {
                    repeats.Add(wordSet, candidates.Count);
                    candidates.Add(same = new Candidate(text, wordSet, position));
                }
                if (!same.Articles.Contains(article.Id)) same.Articles.Add(article.Id);
                same.Starts.TryAdd(article.Id, span.Start);
                same.ClaimIds.UnionWith(claims);
                position++;
            }
        }
        return candidates;
    }

    /// <summary>One sentence per disputed or updated tally, most independently sourced first.</summary>
    private static IEnumerable<BriefSentence> Generated(StoryContext story, IReadOnlyList<Finding> findings)
    {
        foreach (var category in findings.Where(f => f.IsDispute).GroupBy(f => f.Category).OrderByDescending(g => g.Max(f => f.IndependentSources)))
        {
            // A part/total mismatch already lists the totals that do not fit; the contradicted totals add the ones that do.
            var figures = category.OrderBy(f => f.Kind == FindingKind.PartTotalMismatch ? 0 : 1).SelectMany(f => f.Figures).DistinctBy(f => f.Text).ToList();
            string text = $"{Title(category.Key)} disputed: {string.Join(" vs ", figures.Select(f => Who(story, f)))}.";
            yield return Cited(story, text, figures.SelectMany(f => f.Articles).Distinct().ToList(), generated: true, citeInline: false);
        }
        foreach (var update in findings.Where(f => f.Kind == FindingKind.Updated && f.Figures.Count > 1).OrderByDescending(f => f.IndependentSources))
        {
            var (first, last) = (update.Figures[0], update.Figures[^1]);
            string subject = update.Subject == SubjectGroup.Total.Label ? "" : $" ({update.Subject})";
            string text = $"{Title(update.Category)}{subject} went from {Who(story, first)} to {Who(story, last)}.";
            yield return Cited(story, text, first.Articles.Concat(last.Articles).Distinct().ToList(), generated: true, citeInline: false);
        }
    }

    /// <summary>"40 (the interior ministry, [4])".</summary>
    private static string Who(StoryContext story, Figure f)
    {
        string who = f.Attributions.Count > 0 ? string.Join(", ", f.Attributions) + ", " : "";
        return $"{f.Text} ({who}{story.Cite(f.Articles)})";
    }

    private static string Title(ClaimCategory c) => c switch
    {
        ClaimCategory.Dead => "Death toll",
        ClaimCategory.Injured => "Number of injured",
        ClaimCategory.Arrested => "Number of arrests",
        ClaimCategory.Missing => "Number of missing",
        ClaimCategory.Troops => "Troop numbers",
        _ => $"The {Reconciler.CategoryName(c)} figure",
    };

    private static BriefSentence Cited(StoryContext story, string text, IReadOnlyList<string> articles, bool generated, bool citeInline = true)
    {
        var numbers = articles.Select(a => story.Source(a).Number).Distinct().Order().ToList();
        return new BriefSentence(citeInline ? $"{text} {story.Cite(articles)}" : text, articles, numbers, generated);
    }

    private static List<Dictionary<string, double>> TfIdf(IReadOnlyList<Candidate> candidates)
    {
        var df = new Dictionary<string, int>();
        foreach (var w in candidates.SelectMany(c => c.Words)) df[w] = df.GetValueOrDefault(w) + 1;
        return candidates.Select(c =>
        {
            var v = SentenceWords.Sequence(c.Text).GroupBy(w => w)
                .ToDictionary(g => g.Key, g => g.Count() * Math.Log((1.0 + candidates.Count) / df.GetValueOrDefault(g.Key, 1)));
            double norm = Math.Sqrt(v.Values.Sum(x => x * x));
            return norm == 0 ? v : v.ToDictionary(p => p.Key, p => p.Value / norm);
        }).ToList();
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count < b.Count ? (a, b) : (b, a);
        return small.Sum(p => large.TryGetValue(p.Key, out var x) ? p.Value * x : 0);
    }
}
