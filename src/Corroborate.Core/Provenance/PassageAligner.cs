namespace Corroborate.Core.Provenance;

/// <summary>A passage found in both articles: character ranges in each text and how many words matched exactly.</summary>
public sealed record AlignedPassage(TextSpan A, TextSpan B, int MatchedWords);

/// <summary>The passages two articles share and the share of each article's unquoted word characters they cover.</summary>
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

    /// <summary>Words [StartA, EndA) of A aligned with [StartB, EndB) of B, Matched of them equal.</summary>
    private sealed class Chain(int startA, int endA, int startB, int endB, int matched)
    {
        public int StartA = startA, EndA = endA, StartB = startB, EndB = endB, Matched = matched;
    }

    public Alignment Align(string textA, WordTokens a, string textB, WordTokens b)
    {
        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var tiles = LayTiles(FindRuns(a.Hashes, b.Hashes), usedA, usedB);
        var chains = Join(tiles.Select(t => new Chain(t.A, t.A + t.Length, t.B, t.B + t.Length, t.Length)));
        foreach (var chain in chains) Extend(chain, a.Hashes, b.Hashes, usedA, usedB);
        chains = Join(chains.OrderBy(c => c.StartA));

        var passages = new List<AlignedPassage>();
        var coveredA = new bool[a.Count];
        var coveredB = new bool[b.Count];
        foreach (var chain in chains.Where(c => c.Matched >= options.MinPassageWords))
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
        var seedsA = MinHashSketch.ShingleHashes(a, q);
        var seedsB = MinHashSketch.ShingleHashes(b, q);
        var first = new Dictionary<ulong, int>(b.Length);
        var next = new int[seedsB.Length];
        for (int j = seedsB.Length - 1; j >= 0; j--)
        {
            ulong h = seedsB[j];
            next[j] = first.TryGetValue(h, out int later) ? later : -1;
            first[h] = j;
        }
        for (int i = 0; i + q <= a.Length; i++)
        {
            if (!first.TryGetValue(seedsA[i], out int j)) continue;
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
    private List<Tile> LayTiles(List<Tile> runs, bool[] usedA, bool[] usedB)
    {
        runs.Sort((x, y) => x.Length != y.Length ? y.Length.CompareTo(x.Length) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
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

    // Walks the segments in the order of article A and appends each to the open chain it continues in both articles.
    private List<Chain> Join(IEnumerable<Chain> segments)
    {
        int gap = options.MaxGapWords;
        var chains = new List<Chain>();
        var open = new List<Chain>();
        foreach (var segment in segments)
        {
            open.RemoveAll(c => segment.StartA - c.EndA > gap);
            Chain? target = null;
            foreach (var c in open)
            {
                int gapB = segment.StartB - c.EndB;
                if (gapB < 0 || gapB > gap || (target is not null && target.EndA >= c.EndA)) continue;
                target = c;
            }
            if (target is null)
            {
                chains.Add(segment);
                open.Add(segment);
                continue;
            }
            target.EndA = segment.EndA;
            target.EndB = segment.EndB;
            target.Matched += segment.Matched;
        }
        return chains;
    }

    // Seed-and-extend, the extension: past each end of a chain, the longest stretch whose words align
    // (longest common subsequence) at least half of the way, so that a reworded sentence ending
    // ("agreed to stay in permanent contact" / "agreed to keep in touch permanent") stays in its passage.
    private void Extend(Chain chain, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, bool[] usedA, bool[] usedB)
    {
        const int window = 20;
        Span<ulong> wa = stackalloc ulong[window];
        Span<ulong> wb = stackalloc ulong[window];
        int na = Gather(a, usedA, chain.EndA, +1, wa), nb = Gather(b, usedB, chain.EndB, +1, wb);
        var (x, y, matched) = LooseMatch(wa[..na], wb[..nb]);
        Mark(usedA, chain.EndA, x, usedB, chain.EndB, y);
        (chain.EndA, chain.EndB, chain.Matched) = (chain.EndA + x, chain.EndB + y, chain.Matched + matched);

        na = Gather(a, usedA, chain.StartA - 1, -1, wa);
        nb = Gather(b, usedB, chain.StartB - 1, -1, wb);
        (x, y, matched) = LooseMatch(wa[..na], wb[..nb]);
        Mark(usedA, chain.StartA - x, x, usedB, chain.StartB - y, y);
        (chain.StartA, chain.StartB, chain.Matched) = (chain.StartA - x, chain.StartB - y, chain.Matched + matched);
    }

    // Up to window words from start in one direction, stopping at a word another tile already owns.
    private static int Gather(ReadOnlySpan<ulong> words, bool[] used, int start, int step, Span<ulong> into)
    {
        int n = 0;
        for (int i = start; n < into.Length && i >= 0 && i < words.Length && !used[i]; i += step) into[n++] = words[i];
        return n;
    }

    private static void Mark(bool[] usedA, int startA, int lengthA, bool[] usedB, int startB, int lengthB)
    {
        usedA.AsSpan(startA, lengthA).Fill(true);
        usedB.AsSpan(startB, lengthB).Fill(true);
    }

    // The longest prefixes (x words of a, y of b) that end on a matched word and whose common subsequence
    // holds at least three words and at least half of the longer prefix.
    private static (int X, int Y, int Matched) LooseMatch(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        const int minMatched = 3;
        var lcs = new int[a.Length + 1, b.Length + 1];
        var best = (X: 0, Y: 0, Matched: 0);
        for (int x = 1; x <= a.Length; x++)
        {
            for (int y = 1; y <= b.Length; y++)
            {
                bool equal = a[x - 1] == b[y - 1];
                lcs[x, y] = equal ? lcs[x - 1, y - 1] + 1 : Math.Max(lcs[x - 1, y], lcs[x, y - 1]);
                int m = lcs[x, y];
                if (equal && m >= minMatched && 2 * m >= Math.Max(x, y) && x + y > best.X + best.Y) best = (x, y, m);
            }
        }
        return best;
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

    // The share of the article's own words inside shared passages, in word characters. Quoted words are
    // left out on both sides of the ratio: two reports that quote one statement share it without either
    // copying the other, while a republished story shares its narrative. An article with no word outside
    // quotation marks is measured on all its words.
    private static double Coverage(WordTokens tokens, bool[] covered)
    {
        bool anyOwn = tokens.IsQuoted.Contains(false);
        long total = 0, shared = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (anyOwn && tokens.IsQuoted[i]) continue;
            int length = tokens.Ends[i] - tokens.Starts[i];
            total += length;
            if (covered[i]) shared += length;
        }
        return total == 0 ? 0 : (double)shared / total;
    }
}
