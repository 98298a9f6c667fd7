using System.IO.Compression;
using System.Text;

namespace Corroborate.Core.Entities;

/// <summary>
/// The trained tagger: a hashed weight table (one row of <see cref="EntityTags.Count"/> weights per bucket), the
/// gazetteer and the word lexicon. Tags a document twice, each sentence by Viterbi decoding over tag pairs: each
/// token's scores see what the document said earlier and, in the second pass, what the first pass found anywhere
/// in it. I-X may only follow B-X or I-X.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "CORROBORATE-NER";
    private const int FormatVersion = 3;
    /// <summary>The second pass sees the first pass's decisions for the whole document.</summary>
    private const int Passes = 2;

    internal float[] Weights { get; }
    /// <summary>Training reads the table it updates; tagging a packed copy of it (see <see cref="WeightRows"/>).</summary>
    private readonly WeightRows _trainingRows;
    private WeightRows? _taggingRows;
    public int Bits { get; }
    /// <summary>Phrases tagged in the training data, with their entity types.</summary>
    public Gazetteer Gazetteer { get; }
    /// <summary>External name lists (places, people's names, companies, nationalities), one bit per list.</summary>
    public Gazetteer Lists { get; }
    public WordLexicon Lexicon { get; }

    internal NerModel(float[] weights, int bits, Gazetteer gazetteer, Gazetteer lists, WordLexicon lexicon)
    {
        Weights = weights;
        _trainingRows = WeightRows.Dense(weights);
        Bits = bits;
        Gazetteer = gazetteer;
        Lists = lists;
        Lexicon = lexicon;
    }

    /// <summary>Tags one document, given as its sentences of words; returns IOB2 tag indices per sentence.</summary>
    public int[][] Tag(IReadOnlyList<string[]> sentences) => Decode(sentences, Gazetteer, learner: null, gold: null);

    /// <summary>
    /// The decoder shared by tagging and training: with a <paramref name="learner"/>, each sentence's best tag
    /// sequence is corrected against <paramref name="gold"/> (the structured perceptron), while the document memory
    /// keeps the model's own decisions.
    /// </summary>
    internal int[][] Decode(IReadOnlyList<string[]> sentences, Gazetteer gazetteer, Perceptron? learner, IReadOnlyList<int[]>? gold)
    {
        var memory = new DocumentMemory(sentences.Sum(s => s.Length));
        var views = new SentenceView[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            views[s] = new SentenceView(sentences[s], Lexicon, gazetteer, Lists);
            memory.ObserveCasing(sentences[s], views[s].AllCaps);
        }
        if (views.Length > 0) memory.ObserveHeading(views[0]);
        var rows = learner is null ? LazyInitializer.EnsureInitialized(ref _taggingRows, () => WeightRows.Packed(Weights)) : _trainingRows;
        var result = new int[sentences.Count][];
        for (int pass = 0; pass < Passes; pass++)
        {
            if (pass > 0) memory.StartSecondPass();
            TagPass(views, memory, result, rows, learner, gold);
        }
        return result;
    }

    private void TagPass(SentenceView[] views, DocumentMemory memory, int[][] result, WeightRows rows, Perceptron? learner, IReadOnlyList<int[]>? gold)
    {
        var scratch = new ulong[NerFeatures.MaxFeatures];
        Span<int> buckets = stackalloc int[NerFeatures.MaxDynamicFeatures];
        for (int s = 0; s < views.Length; s++)
        {
            ArticleBudget.CheckPoint();
            var view = views[s];
            PrepareStatic(view, memory, scratch, rows, keepBuckets: learner is not null);
            var tokenScores = new float[view.Words.Length * EntityTags.Count];
            for (int i = 0; i < view.Words.Length; i++)
            {
                var scores = tokenScores.AsSpan(i * EntityTags.Count, EntityTags.Count);
                if (view.StaticScores is { } cached) cached.AsSpan(i * EntityTags.Count, EntityTags.Count).CopyTo(scores);
                else Score(view.StaticBuckets![i], scores, rows);
                Score(buckets[..NerFeatures.MemoryBuckets(view, i, memory, Bits, scratch, buckets)], scores, rows);
            }
            var tags = result[s] = Viterbi(view, tokenScores, scratch, rows);
            if (learner is not null) Learn(view, memory, tags, gold![s], learner, scratch);
            for (int i = 0; i < tags.Length; i++) memory.ObserveTag(view.Words[i], tags[i]);
        }
    }

    /// <summary>
    /// The best tag sequence given each token's own scores and the scores of its features paired with the tag
    /// before it; the sentence start counts as O, and I-X may only follow B-X or I-X.
    /// </summary>
    private int[] Viterbi(SentenceView view, float[] tokenScores, ulong[] scratch, WeightRows rows)
    {
        const int C = EntityTags.Count;
        int n = view.Words.Length;
        var tags = new int[n];
        if (n == 0) return tags;
        var back = new byte[n * C];
        Span<float> best = stackalloc float[C], next = stackalloc float[C], fresh = stackalloc float[C * C];
        best.Fill(float.NegativeInfinity);
        best[EntityTags.Outside] = 0;
        for (int i = 0; i < n; i++)
        {
            next.Fill(float.NegativeInfinity);
            ReadOnlySpan<float> pairs = view.PairScores is { } cached ? cached.AsSpan(i * C * C, C * C) : ScorePairs(view, i, scratch, rows, fresh);
            for (int p = 0; p < C; p++)
            {
                if (float.IsNegativeInfinity(best[p])) continue;
                var pair = pairs.Slice(p * C, C);
                for (int t = 0; t < C; t++)
                {
                    float score = best[p] + pair[t];
                    if (score > next[t]) { next[t] = score; back[i * C + t] = (byte)p; }
                }
            }
            for (int t = 0; t < C; t++) best[t] = next[t] + tokenScores[i * C + t];
        }
        int last = 0;
        for (int t = 1; t < C; t++) if (best[t] > best[last]) last = t;
        for (int i = n - 1; i >= 0; i--) { tags[i] = last; last = back[i * C + last]; }
        return tags;
    }

    /// <summary>Perceptron update where the predicted sequence differs from the gold one: token features where the tags differ, pair features where the tag or the one before it does.</summary>
    private void Learn(SentenceView view, DocumentMemory memory, int[] predicted, int[] gold, Perceptron learner, ulong[] scratch)
    {
        Span<int> buckets = stackalloc int[NerFeatures.MaxDynamicFeatures], rows = stackalloc int[NerFeatures.MaxDynamicFeatures];
        for (int i = 0; i < predicted.Length; i++)
        {
            learner.Tick();
            int goldBefore = i == 0 ? EntityTags.Outside : gold[i - 1], predictedBefore = i == 0 ? EntityTags.Outside : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                learner.Update(view.StaticBuckets![i], gold[i], predicted[i]);
                learner.Update(buckets[..NerFeatures.MemoryBuckets(view, i, memory, Bits, scratch, buckets)], gold[i], predicted[i]);
            }
            else if (goldBefore == predictedBefore) continue;
            var bases = buckets[..NerFeatures.TransitionBuckets(view, i, Bits, scratch, buckets)];
            learner.Add(PairRows(bases, goldBefore, rows), gold[i], 1);
            learner.Add(PairRows(bases, predictedBefore, rows), predicted[i], -1);
        }
    }

    /// <summary>
    /// Computes once per sentence the features that do not depend on decisions: as buckets when training (the
    /// weights change as it goes), else straight as scores, token and pair scores both, so that the second pass
    /// does not look them up again.
    /// </summary>
    private void PrepareStatic(SentenceView view, DocumentMemory memory, ulong[] scratch, WeightRows rows, bool keepBuckets)
    {
        const int C = EntityTags.Count;
        if (view.StaticBuckets is not null || view.StaticScores is not null) return;
        int n = view.Words.Length;
        Span<int> buckets = stackalloc int[NerFeatures.MaxFeatures];
        if (keepBuckets) view.StaticBuckets = new int[n][];
        else (view.StaticScores, view.PairScores) = (new float[n * C], new float[n * C * C]);
        for (int i = 0; i < n; i++)
        {
            int count = NerFeatures.StaticBuckets(view, i, memory, Bits, scratch, buckets);
            if (keepBuckets) view.StaticBuckets![i] = buckets[..count].ToArray();
            else
            {
                Score(buckets[..count], view.StaticScores.AsSpan(i * C, C), rows);
                ScorePairs(view, i, scratch, rows, view.PairScores.AsSpan(i * C * C, C * C));
            }
        }
    }

    /// <summary>0 for an allowed pair of previous tag and tag, minus infinity for I-X after anything but B-X or I-X.</summary>
    private static readonly float[] PairConstraints = Enumerable.Range(0, EntityTags.Count * EntityTags.Count)
        .Select(k => EntityTags.Allowed(k / EntityTags.Count, k % EntityTags.Count) ? 0f : float.NegativeInfinity).ToArray();

    /// <summary>
    /// Sets, for every previous tag p, <paramref name="pairs"/>[p * Count + tag] to the weights of token
    /// <paramref name="i"/>'s pair features, or minus infinity where the pair is not allowed; returns it.
    /// </summary>
    private Span<float> ScorePairs(SentenceView view, int i, ulong[] scratch, WeightRows rows, Span<float> pairs)
    {
        const int C = EntityTags.Count;
        Span<int> bases = stackalloc int[NerFeatures.MaxDynamicFeatures];
        PairConstraints.CopyTo(pairs);
        int mask = (1 << Bits) - 1;
        foreach (int b in bases[..NerFeatures.TransitionBuckets(view, i, Bits, scratch, bases)])
            for (int p = 0; p < C; p++) rows.AddRow((b + p) & mask, pairs.Slice(p * C, C));
        return pairs;
    }

    private Span<int> PairRows(ReadOnlySpan<int> bases, int previous, Span<int> rows)
    {
        int mask = (1 << Bits) - 1;
        for (int k = 0; k < bases.Length; k++) rows[k] = (bases[k] + previous) & mask;
        return rows[..bases.Length];
    }

    private static void Score(ReadOnlySpan<int> features, Span<float> scores, WeightRows rows)
    {
        foreach (int b in features) rows.AddRow(b, scores);
    }

    /// <summary>
    /// Writes the model gzip-compressed. Only buckets with a non-zero weight are stored, as 16-bit fixed point
    /// with one scale for the whole table: the model stays a few megabytes.
    /// </summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Bits);
        w.Write(Lexicon.Count);
        foreach (var (word, entry) in Lexicon.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write((byte)entry.Casing);
            w.Write(entry.Cluster);
            w.Write(entry.CoarseCluster);
        }
        foreach (var phrases in new[] { Gazetteer, Lists })
        {
            w.Write(phrases.Count);
            foreach (var (key, kinds) in phrases.Phrases.OrderBy(p => p.Key))
            {
                w.Write(key);
                w.Write(kinds);
            }
        }
        float max = Weights.Length == 0 ? 0 : Weights.Max(MathF.Abs);
        float scale = max == 0 ? 1 : max / short.MaxValue;
        w.Write(scale);
        int rows = Weights.Length / EntityTags.Count;
        var quantised = new short[EntityTags.Count];
        int last = -1;
        for (int row = 0; row < rows; row++)
        {
            bool any = false;
            for (int t = 0; t < EntityTags.Count; t++)
            {
                quantised[t] = (short)MathF.Round(Weights[row * EntityTags.Count + t] / scale);
                any |= quantised[t] != 0;
            }
            if (!any) continue;
            w.Write7BitEncodedInt(row - last);
            foreach (short q in quantised) w.Write(q);
            last = row;
        }
        w.Write7BitEncodedInt(0);
    }

    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        try
        {
            if (r.ReadString() != Magic) throw new InvalidDataException("not a Corroborate NER model");
            int version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"NER model format {version} is not supported (expected {FormatVersion})");
            int bits = r.ReadInt32();
            int words = r.ReadInt32();
            var entries = new Dictionary<string, WordLexicon.Entry>(words);
            for (int i = 0; i < words; i++)
                entries[r.ReadString()] = new WordLexicon.Entry((WordLexicon.Casing)r.ReadByte(), r.ReadInt16(), r.ReadInt16());
            var gazetteer = ReadPhrases(r);
            var lists = ReadPhrases(r);
            float scale = r.ReadSingle();
            var weights = new float[(1 << bits) * EntityTags.Count];
            int row = -1;
            while (r.Read7BitEncodedInt() is var step and > 0)
            {
                row += step;
                for (int t = 0; t < EntityTags.Count; t++) weights[row * EntityTags.Count + t] = r.ReadInt16() * scale;
            }
            return new NerModel(weights, bits, gazetteer, lists, new WordLexicon(entries));
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the NER model file is truncated");
        }
    }

    private static Gazetteer ReadPhrases(BinaryReader r)
    {
        var phrases = new Gazetteer();
        int count = r.ReadInt32();
        for (int i = 0; i < count; i++) phrases.AddHash(r.ReadUInt64(), r.ReadByte());
        return phrases;
    }

    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }
}
