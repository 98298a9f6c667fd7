using System.IO.Compression;

namespace Corroborate.Core.Entities;

/// <summary>
/// Phrases known to name entities, each with up to eight kinds (bits): the entity types it was seen as in tagged
/// training data, or the name lists it is in. Matched case-insensitively over token sequences of up to
/// <see cref="MaxLength"/> words.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxLength = 6;
    private readonly Dictionary<ulong, byte> _phrases = [];

    public int Count => _phrases.Count;
    internal IReadOnlyDictionary<ulong, byte> Phrases => _phrases;

    public void Add(IReadOnlyList<string> words, int start, int end, int type)
    {
        if (end - start > MaxLength) return;
        // Each proper prefix is kept too, with no kinds, so that matching can stop as soon as no phrase continues.
        ulong key = 0;
        for (int i = start; i < end; i++)
        {
            ulong h = FeatureHash.Of(words[i].ToLowerInvariant());
            key = i == start ? h : FeatureHash.Combine(key, h);
            _phrases[key] = (byte)(_phrases.GetValueOrDefault(key) | (i == end - 1 ? 1 << type : 0));
        }
    }

    internal void AddHash(ulong key, byte types) => _phrases[key] = types;

    /// <summary>
    /// Reads name lists, one per file (gzip-compressed, one phrase a line, tokens separated by spaces): membership
    /// in the k-th file sets bit k.
    /// </summary>
    public static Gazetteer FromListFiles(IReadOnlyList<string> paths)
    {
        if (paths.Count > 8) throw new ArgumentException($"at most 8 name lists are supported, got {paths.Count}");
        var gazetteer = new Gazetteer();
        for (int k = 0; k < paths.Count; k++)
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(paths[k]), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0) continue;
                var words = line.Split(' ');
                gazetteer.Add(words, 0, words.Length, k);
            }
        }
        return gazetteer;
    }

    public static Gazetteer FromDocuments(IEnumerable<ConllDocument> documents)
    {
        var gazetteer = new Gazetteer();
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
            foreach (var (start, end, type) in EntityTags.Chunks(sentence.Tags!))
                gazetteer.Add(sentence.Words, start, end, type);
        return gazetteer;
    }

    /// <summary>
    /// For each token, bits 0-7 mark the kinds of a phrase that starts at it, bits 8-15 those of a phrase that
    /// covers it without starting there. Only the longest phrase from each start counts.
    /// </summary>
    public int[] Match(IReadOnlyList<string> words) => Match(words.Select(w => FeatureHash.Of(w.ToLowerInvariant())).ToArray());

    /// <summary>As <see cref="Match(IReadOnlyList{string})"/>, given each word's <see cref="FeatureHash"/> of its lower case.</summary>
    internal int[] Match(ReadOnlySpan<ulong> lowerHashes)
    {
        var marks = new int[lowerHashes.Length];
        for (int start = 0; start < lowerHashes.Length; start++)
        {
            ulong key = 0;
            int bestEnd = -1;
            byte bestTypes = 0;
            for (int end = start + 1; end <= Math.Min(lowerHashes.Length, start + MaxLength); end++)
            {
                key = end - start == 1 ? lowerHashes[start] : FeatureHash.Combine(key, lowerHashes[end - 1]);
                if (!_phrases.TryGetValue(key, out var types)) break;
                if (types != 0) { bestEnd = end; bestTypes = types; }
            }
            if (bestEnd < 0) continue;
            marks[start] |= bestTypes;
            for (int i = start + 1; i < bestEnd; i++) marks[i] |= bestTypes << 8;
        }
        return marks;
    }
}
