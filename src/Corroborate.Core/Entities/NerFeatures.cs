namespace Corroborate.Core.Entities;

/// <summary>A sentence prepared for feature extraction: per-token hashes computed once.</summary>
internal sealed class SentenceView
{
    public readonly string[] Words;
    public readonly string[] Lower;
    public readonly ulong[] Word, LowerHash, Shape, ShortShape;
    public readonly WordLexicon.Entry[] Lexicon;
    public readonly int[] Gazetteer, Lists;
    public readonly bool AllCaps;
    /// <summary>Per token, the buckets of the features that do not change between passes; filled by the first pass.</summary>
    public int[][]? StaticBuckets;
    /// <summary>When tagging (weights fixed), the scores of those features, <see cref="EntityTags.Count"/> per token.</summary>
    public float[]? StaticScores;
    /// <summary>When tagging, the pair scores of each token (<see cref="EntityTags.Count"/> squared per token), reused by the second pass.</summary>
    public float[]? PairScores;

    public SentenceView(string[] words, WordLexicon lexicon, Gazetteer gazetteer, Gazetteer lists)
    {
        int n = words.Length;
        Words = words;
        Lower = new string[n];
        Word = new ulong[n];
        LowerHash = new ulong[n];
        Shape = new ulong[n];
        ShortShape = new ulong[n];
        Lexicon = new WordLexicon.Entry[n];
        int letters = 0, caps = 0;
        for (int i = 0; i < n; i++)
        {
            string w = words[i];
            Lower[i] = w.ToLowerInvariant();
            Word[i] = FeatureHash.Of(w);
            LowerHash[i] = FeatureHash.Of(Lower[i]);
            (Shape[i], ShortShape[i]) = WordShape.Hashes(w);
            Lexicon[i] = lexicon.Lookup(Lower[i]);
            if (WordShape.HasLetter(w)) { letters++; if (WordShape.IsAllCaps(w)) caps++; }
        }
        AllCaps = letters >= 2 && caps == letters;
        Gazetteer = gazetteer.Match(LowerHash);
        Lists = lists.Match(LowerHash);
    }
}

/// <summary>What the tagger has learnt about a document so far: how its words are cased and tagged elsewhere in it.</summary>
/// <param name="words">How many words the document has: the tables are sized for them once instead of growing as they fill.</param>
internal sealed class DocumentMemory(int words)
{
    private readonly Dictionary<string, int> _casing = new(words);
    private Dictionary<string, int[]> _types = new(words);
    private Dictionary<string, int[]>? _firstPass;

    /// <summary>The lower-cased first word of the document, when it opens with an all-caps heading (a section such as SOCCER).</summary>
    public ulong Heading { get; private set; }

    public void ObserveHeading(SentenceView first) => Heading = first.AllCaps || first.Words.Length == 1 ? first.LowerHash[0] : 0;

    /// <summary>Starts a second pass over the document: what the first pass tagged anywhere in it becomes a feature.</summary>
    public void StartSecondPass()
    {
        _firstPass = _types;
        _types = new(_firstPass.Count);
    }

    /// <summary>In the second pass, the type the first pass gave this word most often anywhere in the document (+1), else 0.</summary>
    public int FirstPassTypeOf(string word) => _firstPass is null ? 0 : 1 + Majority(_firstPass, word);

    /// <summary>Bit 1: the word appears capitalised where capitals are not forced; bit 2: it appears in lower case.</summary>
    public int CasingOf(string lower) => _casing.GetValueOrDefault(lower);

    public void ObserveCasing(IReadOnlyList<string> words, bool allCaps)
    {
        if (allCaps) return;
        for (int i = 1; i < words.Count; i++)
        {
            string w = words[i];
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            string lower = w.ToLowerInvariant();
            _casing[lower] = _casing.GetValueOrDefault(lower) | (char.IsUpper(w[0]) ? 1 : 2);
        }
    }

    /// <summary>The entity type most often given to this word earlier in the document, -1 if never, 4 if only O.</summary>
    public int TypeOf(string word) => Majority(_types, word);

    private static int Majority(Dictionary<string, int[]> types, string word)
    {
        if (!types.TryGetValue(word, out var counts)) return -1;
        int best = 4;
        for (int t = 0; t < 4; t++) if (counts[t] > 0 && (best == 4 || counts[t] > counts[best])) best = t;
        return best;
    }

    public void ObserveTag(string word, int tag)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return;
        if (!_types.TryGetValue(word, out var counts)) _types[word] = counts = new int[5];
        int type = EntityTags.TypeOf(tag);
        counts[type < 0 ? 4 : type]++;
    }
}

/// <summary>
/// The feature templates of the tagger. Each feature is hashed to a bucket of a fixed-size weight table, so the
/// model needs no feature dictionary: word, case, shape, affixes, a ±2 word window, shape context, previous
/// tags, gazetteer and name-list matches, running-text casing, word clusters and what the same document said earlier.
/// </summary>
internal static class NerFeatures
{
    public const int MaxFeatures = 96;
    public const int MaxDynamicFeatures = 4;
    private static readonly ulong[] Templates = Enumerable.Range(0, 64).Select(FeatureHash.Of).ToArray();
    private static readonly ulong Start = FeatureHash.Of("<s>"), End = FeatureHash.Of("</s>");

    /// <summary>
    /// The buckets of token <paramref name="i"/>'s features that do not depend on the tags decided so far; computed
    /// once per token and shared by both passes. Returns how many it wrote into <paramref name="buckets"/>.
    /// </summary>
    public static int StaticBuckets(SentenceView s, int i, DocumentMemory memory, int bits, ulong[] f, Span<int> buckets)
    {
        int n = 0;
        ulong L(int k) => k < 0 ? Start : k >= s.Words.Length ? End : s.LowerHash[k];
        ulong Sh(int k) => k < 0 ? Start : k >= s.Words.Length ? End : s.ShortShape[k];
        void Add(int template, ulong value) => f[n++] = FeatureHash.Combine(Templates[template], value);

        string lower = s.Lower[i];
        bool first = i == 0 || (i == 1 && !char.IsLetterOrDigit(s.Words[0][0]));
        ulong position = (ulong)(first ? 1 : 0) + (s.AllCaps ? 2UL : 0);

        Add(0, 0);
        Add(1, s.Word[i]);
        Add(2, s.LowerHash[i]);
        Add(3, s.Shape[i]);
        Add(4, s.ShortShape[i]);
        for (int k = 1; k <= 4 && k < lower.Length; k++)
        {
            Add(4 + k, FeatureHash.Of(lower.AsSpan(0, k)));
            Add(8 + k, FeatureHash.Of(lower.AsSpan(lower.Length - k)));
        }
        Add(13, L(i - 1));
        Add(14, L(i + 1));
        Add(15, L(i - 2));
        Add(16, L(i + 2));
        Add(17, Sh(i - 1));
        Add(18, Sh(i + 1));
        Add(19, FeatureHash.Combine(L(i - 1), s.LowerHash[i]));
        Add(20, FeatureHash.Combine(s.LowerHash[i], L(i + 1)));
        Add(21, FeatureHash.Combine(FeatureHash.Combine(Sh(i - 1), s.ShortShape[i]), Sh(i + 1)));
        Add(22, FeatureHash.Combine(position, s.ShortShape[i]));
        Add(23, FeatureHash.Combine(position, s.LowerHash[i]));

        var lex = s.Lexicon[i];
        Add(24, FeatureHash.Combine(position, (ulong)lex.Casing));
        Add(25, FeatureHash.Combine(FeatureHash.Combine(position, (ulong)memory.CasingOf(lower)), s.ShortShape[i]));
        if (lex.Cluster >= 0)
        {
            Add(26, (ulong)lex.Cluster);
            Add(27, (ulong)lex.CoarseCluster);
            Add(28, FeatureHash.Combine((ulong)lex.Cluster, s.ShortShape[i]));
        }
        if (i > 0 && s.Lexicon[i - 1].Cluster >= 0) Add(29, (ulong)s.Lexicon[i - 1].Cluster);
        if (i + 1 < s.Words.Length && s.Lexicon[i + 1].Cluster >= 0) Add(30, (ulong)s.Lexicon[i + 1].Cluster);

        int gaz = s.Gazetteer[i];
        if (gaz != 0)
        {
            Add(31, (ulong)gaz);
            Add(32, FeatureHash.Combine((ulong)gaz, s.ShortShape[i]));
            for (int bit = 0; bit < 16; bit++) if ((gaz & (1 << bit)) != 0) Add(33, (ulong)bit);
        }
        if (i > 0 && s.Gazetteer[i - 1] != 0) Add(34, (ulong)s.Gazetteer[i - 1]);
        if (i + 1 < s.Words.Length && s.Gazetteer[i + 1] != 0) Add(35, (ulong)s.Gazetteer[i + 1]);

        int list = s.Lists[i];
        if (list != 0)
        {
            Add(47, (ulong)list);
            Add(48, FeatureHash.Combine((ulong)list, s.ShortShape[i]));
            for (int bit = 0; bit < 16; bit++) if ((list & (1 << bit)) != 0) Add(49, (ulong)bit);
        }
        if (i > 0 && s.Lists[i - 1] != 0) Add(50, (ulong)s.Lists[i - 1]);
        if (i + 1 < s.Words.Length && s.Lists[i + 1] != 0) Add(51, (ulong)s.Lists[i + 1]);

        if (memory.Heading != 0)
        {
            Add(45, FeatureHash.Combine(memory.Heading, (ulong)gaz));
            Add(46, FeatureHash.Combine(memory.Heading, s.ShortShape[i]));
        }
        ToBuckets(f.AsSpan(0, n), bits, buckets);
        return n;
    }

    /// <summary>
    /// Writes the buckets of the features that depend on what the document said before this sentence (and, in the
    /// second pass, anywhere in it); returns how many.
    /// </summary>
    public static int MemoryBuckets(SentenceView s, int i, DocumentMemory memory, int bits, Span<ulong> f, Span<int> buckets)
    {
        int seen = memory.TypeOf(s.Words[i]);
        int firstPass = memory.FirstPassTypeOf(s.Words[i]);
        f[0] = FeatureHash.Combine(Templates[41], (ulong)(seen + 1));
        f[1] = FeatureHash.Combine(Templates[42], FeatureHash.Combine((ulong)(seen + 1), s.ShortShape[i]));
        f[2] = FeatureHash.Combine(Templates[43], (ulong)firstPass);
        f[3] = FeatureHash.Combine(Templates[44], FeatureHash.Combine((ulong)firstPass, s.ShortShape[i]));
        ToBuckets(f[..4], bits, buckets);
        return 4;
    }

    /// <summary>
    /// Writes the base buckets of the features of token <paramref name="i"/> that pair with the tag before it;
    /// returns how many. The feature for previous tag p lives in row base + p, so that all nine are adjacent in memory.
    /// </summary>
    public static int TransitionBuckets(SentenceView s, int i, int bits, Span<ulong> f, Span<int> buckets)
    {
        ulong next = i + 1 >= s.Words.Length ? End : s.LowerHash[i + 1];
        f[0] = Templates[36];
        f[1] = FeatureHash.Combine(Templates[38], s.LowerHash[i]);
        f[2] = FeatureHash.Combine(Templates[39], s.ShortShape[i]);
        f[3] = FeatureHash.Combine(Templates[40], next);
        ToBuckets(f[..4], bits, buckets);
        return 4;
    }

    private static void ToBuckets(ReadOnlySpan<ulong> hashes, int bits, Span<int> buckets)
    {
        int shift = 64 - bits;
        for (int k = 0; k < hashes.Length; k++) buckets[k] = (int)(hashes[k] >> shift);
    }
}
