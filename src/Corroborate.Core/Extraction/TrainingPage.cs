using Corroborate.Core.Extraction.Evaluation;

namespace Corroborate.Core.Extraction;

/// <summary>
/// One page of an extraction benchmark ready for learning: its blocks with their features (see
/// <see cref="ScoredPage"/>) and, from the gold text, which blocks belong to the article. A block belongs when
/// at least half of its 4-token shingles occur in the gold text (for a block of 1-3 tokens: its whole token
/// sequence does). Blocks weigh by their share of the gold text, as the metric weighs every page the same.
/// </summary>
public sealed class TrainingPage
{
    private const int ShingleSize = 4;
    private const double MaxWeight = 5;

    public string Id { get; }
    public string Gold { get; }
    /// <summary>The page's host without "www.", or its id without a URL (folds can keep a site whole).</summary>
    public string Site { get; }
    internal ScoredPage? Page { get; }
    internal bool[] Labels { get; }
    internal float[] Weights { get; }
    public int BlockCount => Labels.Length;

    private TrainingPage(string id, string gold, string? url, ScoredPage? page)
    {
        Id = id;
        Gold = gold;
        Site = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? SiteOf(uri.Host.ToLowerInvariant()) : id;
        Page = page;
        int count = page?.Blocks.Count ?? 0;
        Labels = new bool[count];
        Weights = new float[count];
        if (page is null) return;
        var goldTokens = ExtractionMetric.Tokens(gold);
        var shortGrams = Enumerable.Range(1, ShingleSize - 1)
            .Select(n => Grams(goldTokens, n).ToHashSet(StringComparer.Ordinal))
            .ToArray();
        var unclaimed = Grams(goldTokens, ShingleSize).CountBy(g => g, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
        foreach (int i in HeuristicFirst(page))
        {
            var tokens = ExtractionMetric.Tokens(page.Blocks[i].Text);
            Weights[i] = (float)Math.Min(MaxWeight, 10.0 * (tokens.Count + 1) / (goldTokens.Count + 1));
            if (tokens.Count == 0) continue;
            if (tokens.Count < ShingleSize)
            {
                Labels[i] = shortGrams[tokens.Count - 1].Contains(string.Join('\u0001', tokens));
                continue;
            }
            var grams = Grams(tokens, ShingleSize).ToList();
            Labels[i] = grams.Count(g => unclaimed.GetValueOrDefault(g) > 0) * 2 >= grams.Count;
            if (Labels[i]) foreach (string g in grams) if (unclaimed.GetValueOrDefault(g) > 0) unclaimed[g]--;
        }
    }

    /// <summary>
    /// Block indices, those the heuristic kept first: a text that appears twice on a page (a teaser repeating
    /// the lead) is claimed by the copy in the article, and the other copy is not article text.
    /// </summary>
    private static IEnumerable<int> HeuristicFirst(ScoredPage page)
    {
        var kept = page.Choice.Kept.Select(b => b.Order).ToList();
        var keptSet = kept.ToHashSet();
        return kept.Concat(Enumerable.Range(0, page.Blocks.Count).Where(i => !keptSet.Contains(i)));
    }

    /// <param name="html">The page's bytes (not compressed).</param>
    public static TrainingPage Read(GoldPage gold, ReadOnlySpan<byte> html) =>
        new(gold.Id, gold.Body, gold.Url, PageExtractor.Score(html, gold.Url));

    /// <summary>The article text this page gives with the scorer, or with the heuristic alone when null.</summary>
    public string Extract(BlockScorer? scorer)
    {
        if (Page is null) return "";
        var blocks = scorer is null ? Page.Choice.Kept : scorer.Select(Page);
        return string.Join("\n\n", blocks.Select(b => b.Text));
    }

    private static string SiteOf(string host) => host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;

    private static IEnumerable<string> Grams(List<string> tokens, int n)
    {
        for (int i = 0; i + n <= tokens.Count; i++) yield return string.Join('\u0001', tokens.GetRange(i, n));
    }
}
