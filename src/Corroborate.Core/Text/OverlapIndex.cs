namespace Corroborate.Core.Text;

/// <summary>
/// Word sets filed under group numbers; finds the lowest-numbered group holding a set whose Jaccard overlap with a
/// new one reaches a threshold, without comparing the new set with every set filed. Jaccard(a, b) ≥ t needs
/// |a ∩ b| ≥ ⌈t·|a|⌉, so b shares a word with any |a| − ⌈t·|a|⌉ + 1 words of a (prefix filtering): the rarest words
/// of a are looked up and only the sets filed under them are compared. The answer is the one a scan of the groups
/// in order would give; the time grows with the sets that share rare words, not with all sets.
/// </summary>
public sealed class OverlapIndex(double threshold)
{
    private readonly Dictionary<string, List<int>> _entriesWith = [];
    private readonly List<(IReadOnlySet<string> Words, int Group)> _entries = [];

    public void Add(IReadOnlySet<string> words, int group)
    {
        foreach (var w in words) _entriesWith.AddToList(w, _entries.Count);
        _entries.Add((words, group));
    }

    /// <summary>The lowest group with a set that overlaps <paramref name="words"/> by the threshold or more, or null.</summary>
    public int? FirstGroup(IReadOnlySet<string> words)
    {
        if (words.Count == 0) return null;   // an empty set overlaps nothing
        int needShared = (int)Math.Ceiling(threshold * words.Count - 1e-9);
        IEnumerable<int> entries = needShared <= 0
            ? Enumerable.Range(0, _entries.Count)
            : words.OrderBy(w => _entriesWith.TryGetValue(w, out var l) ? l.Count : 0).ThenBy(w => w, StringComparer.Ordinal)
                .Take(words.Count - needShared + 1)
                .SelectMany(w => _entriesWith.TryGetValue(w, out var l) ? l : []);
        int? first = null;
        foreach (int e in entries)
        {
            var (set, group) = _entries[e];
            if (group < first || first is null)
                if (SentenceWords.Overlap(set, words) >= threshold) first = group;
        }
        return first;
    }
}
