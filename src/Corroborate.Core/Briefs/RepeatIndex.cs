using Corroborate.Core.Text;

namespace Corroborate.Core.Briefs;

/// <summary>
/// Finds the first earlier sentence whose word set overlaps a new one by at least a Jaccard threshold, without
/// comparing it with every earlier sentence. Jaccard(a, b) ≥ t needs |a ∩ b| ≥ ⌈t·|a|⌉, so b shares at least one
/// word with any |a| − ⌈t·|a|⌉ + 1 words of a (prefix filtering); the rarest words of a are looked up, and only the
/// sentences found there are compared. Same answer as a scan in order, in time that grows with the repeats.
/// </summary>
internal sealed class RepeatIndex(double threshold)
{
    private readonly Dictionary<string, List<int>> _sentencesWith = [];
    private readonly List<IReadOnlySet<string>> _sentences = [];

    public void Add(IReadOnlySet<string> words)
    {
        foreach (var w in words)
        {
            if (!_sentencesWith.TryGetValue(w, out var list)) _sentencesWith[w] = list = [];
            list.Add(_sentences.Count);
        }
        _sentences.Add(words);
    }

    /// <summary>The number of the first sentence added that overlaps <paramref name="words"/> enough, or null.</summary>
    public int? FirstRepeat(IReadOnlySet<string> words)
    {
        if (words.Count == 0) return null;   // an empty set overlaps nothing
        int needShared = (int)Math.Ceiling(threshold * words.Count - 1e-9);
        if (needShared <= 0) return _sentences.FindIndex(s => SentenceWords.Overlap(s, words) >= threshold) is int i and >= 0 ? i : null;
        var probe = words.OrderBy(w => _sentencesWith.TryGetValue(w, out var l) ? l.Count : 0).ThenBy(w => w, StringComparer.Ordinal)
            .Take(words.Count - needShared + 1);
        int? first = null;
        foreach (var w in probe)
            if (_sentencesWith.TryGetValue(w, out var list))
                foreach (int candidate in list)   // in the order added
                {
                    if (candidate >= first) break;
                    if (SentenceWords.Overlap(_sentences[candidate], words) < threshold) continue;
                    first = candidate;
                    break;
                }
        return first;
    }
}
