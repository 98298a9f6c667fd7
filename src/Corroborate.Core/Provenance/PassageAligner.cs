namespace Corroborate.Core.Provenance;

/// <summary>A passage found in both articles: character ranges in each text and how many words matched exactly.</summary>
public sealed record AlignedPassage(TextSpan A, TextSpan B, int MatchedWords);

/// <summary>The passages two articles share and the share of each article's word characters they cover.</summary>
public sealed record Alignment(IReadOnlyList<AlignedPassage> Passages, double CoverageA, double CoverageB)
{
    public double Similarity => Math.Max(CoverageA, CoverageB);
}

/// <summary>
/// Exact verification of a candidate pair. Shared word trigrams seed matches, each seed is extended to a
/// maximal run of equal words, and the runs are laid as non-overlapping tiles, longest first (greedy string
/// tiling), so a repeated phrase cannot claim the same words twice. Tiles that follow each other in both
/// articles with small gaps are merged into one passage: the gaps are the edited words, changed names or
/// inserted clauses. Tiles out of order in the other article (moved paragraphs) start passages of their own.
/// </summary>
public sealed class PassageAligner(ProvenanceOptions options)
{
    private readonly record struct Tile(int A, int B, int Length);

    private sealed class Chain(Tile first)
    {
        public int StartA = first.A, StartB = first.B;
        public int EndA = first.A + first.Length, EndB = first.B + first.Length;
        public int Matched = first.Length;
    }

    public Alignment Align(string textA, WordTokens a, string textB, WordTokens b)
    {
        var tiles = LayTiles(FindRuns(a.Hashes, b.Hashes), a.Count, b.Count);
        var passages = new List<AlignedPassage>();
        var coveredA = new bool[a.Count];
        var coveredB = new bool[b.Count];
        foreach (var chain in ChainTiles(tiles).Where(c => c.Matched >= options.MinPassageWords))
        {
            coveredA.AsSpan(chain.StartA, chain.EndA - chain.StartA).Fill(true);
            coveredB.AsSpan(chain.StartB, chain.EndB - chain.StartB).Fill(true);
            passages.Add(new AlignedPassage(
                CharSpan(textA, a, chain.StartA, chain.EndA),
                CharSpan(textB, b, chain.StartB, chain.EndB),
                chain.Matched));
        }
        passages.Sort((x, y) => x.A.Start != y.A.Start ? x.A.Start.CompareTo(y.A.Start) : x.B.Start.CompareTo(y.B.Start));
        return new Alignment(passages, Coverage(a, coveredA), Coverage(b, coveredB));
    }

    // Maximal runs of equal words that contain at least one shared seed.
    private List<Tile> FindRuns(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        const int maxOccurrences = 32; // a seed repeated more often than this in one article is boilerplate
        int q = options.AnchorWords;
        var runs = new List<Tile>();
        if (a.Length < q || b.Length < q) return runs;
        var first = new Dictionary<ulong, int>(b.Length);
        var next = new int[b.Length - q + 1];
        for (int j = b.Length - q; j >= 0; j--)
        {
            ulong h = MinHashSketch.ShingleHash(b, j, q);
            next[j] = first.TryGetValue(h, out int later) ? later : -1;
            first[h] = j;
        }
        for (int i = 0; i + q <= a.Length; i++)
        {
            if (!first.TryGetValue(MinHashSketch.ShingleHash(a, i, q), out int j)) continue;
            for (int seen = 0; j >= 0 && seen < maxOccurrences; j = next[j], seen++)
            {
                if (i > 0 && j > 0 && a[i - 1] == b[j - 1]) continue; // inside a run that started earlier
                int length = 0;
                while (i + length < a.Length && j + length < b.Length && a[i + length] == b[j + length]) length++;
                if (length >= q) runs.Add(new Tile(i, j, length)); // shorter only on a hash collision
            }
        }
        return runs;
    }

    // Greedy string tiling: longest runs first, each word of either article used by at most one tile.
    private List<Tile> LayTiles(List<Tile> runs, int countA, int countB)
    {
        runs.Sort((x, y) => x.Length != y.Length ? y.Length.CompareTo(x.Length) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var usedA = new bool[countA];
        var usedB = new bool[countB];
        var tiles = new List<Tile>();
        foreach (var run in runs)
        {
            int t = 0;
            while (t < run.Length)
            {
                while (t < run.Length && (usedA[run.A + t] || usedB[run.B + t])) t++;
                int start = t;
                while (t < run.Length && !usedA[run.A + t] && !usedB[run.B + t]) t++;
                if (t - start < options.AnchorWords) continue;
                usedA.AsSpan(run.A + start, t - start).Fill(true);
                usedB.AsSpan(run.B + start, t - start).Fill(true);
                tiles.Add(new Tile(run.A + start, run.B + start, t - start));
            }
        }
        tiles.Sort((x, y) => x.A.CompareTo(y.A));
        return tiles;
    }

    // Walks the tiles in the order of article A and appends each to the open chain it continues in both articles.
    private List<Chain> ChainTiles(List<Tile> tiles)
    {
        int gap = options.MaxGapWords;
        var chains = new List<Chain>();
        var open = new List<Chain>();
        foreach (var tile in tiles)
        {
            open.RemoveAll(c => tile.A - c.EndA > gap);
            Chain? target = null;
            foreach (var c in open)
            {
                int gapB = tile.B - c.EndB;
                if (gapB < 0 || gapB > gap || (target is not null && target.EndA >= c.EndA)) continue;
                target = c;
            }
            if (target is null)
            {
                target = new Chain(tile);
                chains.Add(target);
                open.Add(target);
                continue;
            }
            target.EndA = tile.A + tile.Length;
            target.EndB = tile.B + tile.Length;
            target.Matched += tile.Length;
        }
        return chains;
    }

    // From the first word's start to the last word's end, widened over punctuation attached to the ends
    // (quotes, a full stop) so that a copied sentence is highlighted whole.
    private static TextSpan CharSpan(string text, WordTokens tokens, int firstWord, int endWord)
    {
        const int maxAttached = 3;
        int start = tokens.Starts[firstWord];
        int end = tokens.Ends[endWord - 1];
        for (int n = 0; n < maxAttached && start > 0 && IsAttachedPunctuation(text[start - 1]); n++) start--;
        for (int n = 0; n < maxAttached && end < text.Length && IsAttachedPunctuation(text[end]); n++) end++;
        return new TextSpan(start, end);
    }

    private static bool IsAttachedPunctuation(char c) => !char.IsWhiteSpace(c) && !char.IsLetterOrDigit(c);

    private static double Coverage(WordTokens tokens, bool[] covered)
    {
        long total = 0, shared = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int length = tokens.Ends[i] - tokens.Starts[i];
            total += length;
            if (covered[i]) shared += length;
        }
        return total == 0 ? 0 : (double)shared / total;
    }
}
