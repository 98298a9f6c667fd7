using Corroborate.Core.Stories;

namespace Corroborate.Core.Entities.Resolution;

/// <summary>
/// A mention the system resolved: [Start, End) in the text of the article with this key, and its entity.
/// </summary>
public sealed record SystemMention(string Article, int Start, int End, string Text, string EntityId, string Type);

/// <summary>Precision, recall and F1 of a set of found items against a gold set.</summary>
public sealed record DetectionScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Part of a split or merged entity: the other side's entity and the forms of the gold mentions it holds.
/// </summary>
public sealed record EntityPart(string Id, IReadOnlyList<string> Forms);

/// <summary>
/// A gold entity whose mentions the system put in several entities (<see cref="NotFound"/>: found in none).
/// </summary>
public sealed record SplitEntity(string GoldId, IReadOnlyList<EntityPart> Parts)
{
    public const string NotFound = "(not found)";
}

/// <summary>A system entity holding the mentions of several gold entities.</summary>
public sealed record MergedEntity(string SystemId, IReadOnlyList<EntityPart> Parts);

/// <param name="Resolution">Pairwise (and B-cubed) scores over the gold mentions; clusters are entities.</param>
/// <param name="MentionsNotFound">Gold mentions no system mention overlaps: each is an entity of its own.</param>
/// <param name="FormsNotInText">Gold (article, form) pairs that never occur in their article's text.</param>
/// <param name="ArticlesNotInInput">Gold article keys that no input article has.</param>
/// <param name="Detection">Mention detection per type, then overall, as (article, form, type) sets.</param>
/// <param name="Boundaries">Mention detection as (article, form) sets, types ignored.</param>
public sealed record NameResolutionScore(
    ClusterScores Resolution, int MentionsNotFound, IReadOnlyList<GoldForm> FormsNotInText,
    IReadOnlyList<string> ArticlesNotInInput, IReadOnlyList<SplitEntity> Splits, IReadOnlyList<MergedEntity> Merges,
    IReadOnlyList<DetectionScore> Detection, DetectionScore Boundaries);

/// <summary>
/// Scores entity resolution against a name gold. The gold mentions are the occurrences of each gold form in its
/// article's text, whole words only, and maximal: an occurrence inside an occurrence of a longer gold form of the
/// article is part of that one, not a mention of its own ("Tokayev" in "Kassym-Jomart Tokayev"). Each gold mention
/// takes the entity of the system mention that overlaps it most; one the system did not find is an entity of its
/// own. Pairwise precision is then over the pairs of gold mentions the system put together, recall over the pairs
/// the gold puts together. Mention detection compares the distinct (article, form, type) of both sides.
/// </summary>
public static class NameResolutionEvaluation
{
    private sealed record GoldMention(string Article, int Start, int End, string Form, GoldNameEntity Entity);

    /// <param name="articles">The input articles' keys (url or file name, as the gold's) and texts.</param>
    public static NameResolutionScore Score(
        IReadOnlyList<GoldNameEntity> gold, IReadOnlyDictionary<string, string> articles,
        IReadOnlyList<SystemMention> system)
    {
        var goldArticles = gold.SelectMany(e => e.Forms.Select(f => f.Article)).ToHashSet(StringComparer.Ordinal);
        var (mentions, notInText) = GoldMentions(gold, articles);
        var systemByArticle = system.Where(m => goldArticles.Contains(m.Article)).ToLookup(m => m.Article);
        var items = new List<(string Predicted, string Gold)>();
        var placed = new List<(GoldMention Mention, string? EntityId)>();
        int notFound = 0;
        foreach (var m in mentions)
        {
            var best = systemByArticle[m.Article]
                .Select(s => (s, Overlap: Math.Min(s.End, m.End) - Math.Max(s.Start, m.Start)))
                .Where(x => x.Overlap > 0).OrderByDescending(x => x.Overlap).Select(x => x.s).FirstOrDefault();
            if (best is null) notFound++;
            items.Add((best?.EntityId ?? $"not-found:{items.Count}", m.Entity.Id));
            placed.Add((m, best?.EntityId));
        }
        var found = mentions.Select(m => (m.Article, m.Form)).ToHashSet();
        var goldDetected = gold.SelectMany(e => e.Forms.Where(f => found.Contains((f.Article, f.Form)))
            .Select(f => (f.Article, f.Form, e.Type))).ToHashSet();
        var systemDetected = systemByArticle.SelectMany(g => g)
            .Select(m => (m.Article, Form: m.Text, m.Type)).ToHashSet();
        return new NameResolutionScore(ClusterMetrics.Score(items), notFound, notInText,
            goldArticles.Where(a => !articles.ContainsKey(a)).Order(StringComparer.Ordinal).ToList(),
            Splits(placed), Merges(placed), Detection(goldDetected, systemDetected),
            Compare("all", goldDetected.Select(d => (d.Article, d.Form)).ToHashSet(),
                systemDetected.Select(d => (d.Article, d.Form)).ToHashSet()));
    }

    private static (List<GoldMention> Mentions, List<GoldForm> NotInText) GoldMentions(
        IReadOnlyList<GoldNameEntity> gold, IReadOnlyDictionary<string, string> articles)
    {
        var mentions = new List<GoldMention>();
        var notInText = new List<GoldForm>();
        var byArticle = gold.SelectMany(e => e.Forms.Select(f => (Form: f, Entity: e))).GroupBy(x => x.Form.Article);
        foreach (var article in byArticle)
        {
            if (!articles.TryGetValue(article.Key, out var text)) continue;
            var occurrences = article.SelectMany(x => Occurrences(text, x.Form.Form)
                    .Select(at => new GoldMention(article.Key, at, at + x.Form.Form.Length, x.Form.Form, x.Entity)))
                .OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start).ToList();
            var kept = new List<GoldMention>();
            foreach (var m in occurrences)
                if (!kept.Any(k => k.Start < m.End && m.Start < k.End)) kept.Add(m);
            notInText.AddRange(article.Select(x => x.Form).Where(f => !kept.Any(k => k.Form == f.Form)));
            mentions.AddRange(kept.OrderBy(m => m.Start));
        }
        return (mentions, notInText);
    }

    /// <summary>Where a form occurs in the text as whole words: no letter or digit right before or after it.</summary>
    internal static IEnumerable<int> Occurrences(string text, string form)
    {
        for (int at = text.IndexOf(form, StringComparison.Ordinal); at >= 0;
            at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            bool before = at > 0 && char.IsLetterOrDigit(text[at - 1]);
            bool after = at + form.Length < text.Length && char.IsLetterOrDigit(text[at + form.Length]);
            if (!before && !after) yield return at;
        }
    }

    private static List<SplitEntity> Splits(List<(GoldMention Mention, string? EntityId)> placed) =>
        placed.GroupBy(p => p.Mention.Entity.Id)
            // Each mention the system did not find is an entity of its own.
            .Where(g => g.Count(p => p.EntityId is null) + g.Select(p => p.EntityId).OfType<string>().Distinct().Count()
                > 1)
            .Select(g => new SplitEntity(g.Key, Parts(g, p => p.EntityId ?? SplitEntity.NotFound)))
            .ToList();

    private static List<MergedEntity> Merges(List<(GoldMention Mention, string? EntityId)> placed) =>
        placed.Where(p => p.EntityId is not null).GroupBy(p => p.EntityId!)
            .Select(g => new MergedEntity(g.Key, Parts(g, p => p.Mention.Entity.Id)))
            .Where(m => m.Parts.Count > 1)
            .ToList();

    private static List<EntityPart> Parts(IEnumerable<(GoldMention Mention, string? EntityId)> placed,
        Func<(GoldMention Mention, string? EntityId), string> side) =>
        placed.GroupBy(side)
            .Select(g => new EntityPart(g.Key, g.Select(p => p.Mention.Form).Distinct().ToList())).ToList();

    private static List<DetectionScore> Detection(HashSet<(string Article, string Form, string Type)> gold,
        HashSet<(string Article, string Form, string Type)> system)
    {
        var types = gold.Concat(system).Select(d => d.Type).Distinct().Order(StringComparer.Ordinal);
        return types
            .Select(t => Compare(t, gold.Where(d => d.Type == t).ToHashSet(),
                system.Where(d => d.Type == t).ToHashSet()))
            .Append(Compare("all", gold, system)).ToList();
    }

    private static DetectionScore Compare<T>(string type, HashSet<T> gold, HashSet<T> system) =>
        new(type, gold.Count, system.Count, gold.Count(system.Contains));
}
