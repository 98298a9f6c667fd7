using System.IO.Compression;
using System.Text;

namespace Corroborate.Core.Entities;

/// <summary>
/// The trained tagger: a hashed weight table (one row of <see cref="EntityTags.Count"/> weights per bucket), the
/// gazetteer and the word lexicon. Tags a document greedily left to right, twice: each decision sees the
/// previous tags, what the document said earlier and, in the second pass, what the first pass found anywhere
/// in it. A decision may not put I-X after anything but B-X or I-X.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "CORROBORATE-NER";
    private const int FormatVersion = 1;
    /// <summary>The second pass sees the first pass's decisions for the whole document.</summary>
    private const int Passes = 2;

    internal float[] Weights { get; }
    public int Bits { get; }
    public Gazetteer Gazetteer { get; }
    public WordLexicon Lexicon { get; }

    internal NerModel(float[] weights, int bits, Gazetteer gazetteer, WordLexicon lexicon)
    {
        Weights = weights;
        Bits = bits;
        Gazetteer = gazetteer;
        Lexicon = lexicon;
    }

    /// <summary>Tags one document, given as its sentences of words; returns IOB2 tag indices per sentence.</summary>
    public int[][] Tag(IReadOnlyList<string[]> sentences) => Decode(sentences, Gazetteer, learner: null, gold: null);

    /// <summary>
    /// The greedy decoder shared by tagging and training: with a <paramref name="learner"/>, every wrong decision
    /// is corrected against <paramref name="gold"/> while the history keeps the model's own decisions.
    /// </summary>
    internal int[][] Decode(IReadOnlyList<string[]> sentences, Gazetteer gazetteer, Perceptron? learner, IReadOnlyList<int[]>? gold)
    {
        var memory = new DocumentMemory();
        var views = new SentenceView[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            views[s] = new SentenceView(sentences[s], Lexicon, gazetteer);
            memory.ObserveCasing(sentences[s], views[s].AllCaps);
        }
        if (views.Length > 0) memory.ObserveHeading(views[0]);
        var result = new int[sentences.Count][];
        for (int pass = 0; pass < Passes; pass++)
        {
            if (pass > 0) memory.StartSecondPass();
            TagPass(views, memory, result, learner, gold);
        }
        return result;
    }

    private void TagPass(SentenceView[] views, DocumentMemory memory, int[][] result, Perceptron? learner, IReadOnlyList<int[]>? gold)
    {
        Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxDynamicFeatures];
        var scratch = new ulong[NerFeatures.MaxFeatures];
        Span<int> dynamic = stackalloc int[NerFeatures.MaxDynamicFeatures];
        Span<float> scores = stackalloc float[EntityTags.Count];
        for (int s = 0; s < views.Length; s++)
        {
            var view = views[s];
            PrepareStatic(view, memory, scratch, keepBuckets: learner is not null);
            var tags = result[s] = new int[view.Words.Length];
            int previous = EntityTags.Outside, beforePrevious = EntityTags.Outside;
            for (int i = 0; i < tags.Length; i++)
            {
                int n = NerFeatures.DynamicBuckets(view, i, previous, beforePrevious, memory, Bits, hashes, dynamic);
                if (view.StaticScores is { } cached) cached.AsSpan(i * EntityTags.Count, EntityTags.Count).CopyTo(scores);
                else { scores.Clear(); Score(view.StaticBuckets![i], scores); }
                Score(dynamic[..n], scores);
                int best = Best(scores, previous);
                learner?.Tick();
                if (learner is not null && best != gold![s][i])
                {
                    learner.Update(view.StaticBuckets![i], gold[s][i], best);
                    learner.Update(dynamic[..n], gold[s][i], best);
                }
                tags[i] = best;
                beforePrevious = previous;
                previous = best;
            }
            for (int i = 0; i < tags.Length; i++) memory.ObserveTag(view.Words[i], tags[i]);
        }
    }

    /// <summary>
    /// Computes once per sentence the features that do not depend on decisions: as buckets when training (the
    /// weights change as it goes), else straight as scores, so that the second pass does not look them up again.
    /// </summary>
    private void PrepareStatic(SentenceView view, DocumentMemory memory, ulong[] scratch, bool keepBuckets)
    {
        if (view.StaticBuckets is not null || view.StaticScores is not null) return;
        int n = view.Words.Length;
        Span<int> buckets = stackalloc int[NerFeatures.MaxFeatures];
        if (keepBuckets) view.StaticBuckets = new int[n][];
        else view.StaticScores = new float[n * EntityTags.Count];
        for (int i = 0; i < n; i++)
        {
            int count = NerFeatures.StaticBuckets(view, i, memory, Bits, scratch, buckets);
            if (keepBuckets) view.StaticBuckets![i] = buckets[..count].ToArray();
            else Score(buckets[..count], view.StaticScores.AsSpan(i * EntityTags.Count, EntityTags.Count));
        }
    }

    private void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        var w = Weights;
        foreach (int b in features)
        {
            int row = b * EntityTags.Count;
            for (int t = 0; t < EntityTags.Count; t++) scores[t] += w[row + t];
        }
    }

    private static int Best(ReadOnlySpan<float> scores, int previous)
    {
        int best = EntityTags.Outside;
        for (int t = 1; t < EntityTags.Count; t++)
            if (scores[t] > scores[best] && EntityTags.Allowed(previous, t)) best = t;
        return best;
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
        w.Write(Gazetteer.Count);
        foreach (var (key, types) in Gazetteer.Phrases.OrderBy(p => p.Key))
        {
            w.Write(key);
            w.Write(types);
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
            var gazetteer = new Gazetteer();
            int phrases = r.ReadInt32();
            for (int i = 0; i < phrases; i++) gazetteer.AddHash(r.ReadUInt64(), r.ReadByte());
            float scale = r.ReadSingle();
            var weights = new float[(1 << bits) * EntityTags.Count];
            int row = -1;
            while (r.Read7BitEncodedInt() is var step and > 0)
            {
                row += step;
                for (int t = 0; t < EntityTags.Count; t++) weights[row * EntityTags.Count + t] = r.ReadInt16() * scale;
            }
            return new NerModel(weights, bits, gazetteer, new WordLexicon(entries));
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the NER model file is truncated");
        }
    }

    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }
}
