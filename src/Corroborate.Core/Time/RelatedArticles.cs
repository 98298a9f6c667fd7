using System.Text.RegularExpressions;
using Corroborate.Core.Lexicons;

namespace Corroborate.Core.Time;

/// <summary>
/// A stand-in for story detection until stories exist: articles that share enough capitalised names ("Massimov",
/// "Almaty", "Tokayev") are taken to be about the same story, so they can check each other's dates.
/// </summary>
public static partial class RelatedArticles
{
    public const int SharedNamesNeeded = 5;

    /// <summary>A name in more articles than this says nothing about a story ("Monday", "Reuters").</summary>
    private const int CommonNameLimit = 50;

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}\p{M}]{3,}\b")]
    private static partial Regex Name();

    private static readonly HashSet<string> NotNames = new(
    [
        "The", "This", "That", "These", "Those", "They", "There", "Their", "When", "While", "After", "Before", "According",
        "However", "Meanwhile", "With", "From", "Since", "Until", "Some", "Most", "Many", "More", "Other", "What", "Where", "Which",
        "President", "Minister", "Government", .. WeekdayNames.Full, .. MonthNames.Full,
    ], StringComparer.Ordinal);

    /// <summary>Groups of indexes into <paramref name="articles"/>, each in input order; unrelated articles form groups of one.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Groups(IReadOnlyList<Article> articles)
    {
        var names = articles.Select(a => Name().Matches(a.Text).Select(m => m.Value).Where(n => !NotNames.Contains(n)).ToHashSet()).ToList();
        var byName = new Dictionary<string, List<int>>();
        for (int i = 0; i < names.Count; i++)
            foreach (var n in names[i])
                (byName.TryGetValue(n, out var list) ? list : byName[n] = []).Add(i);
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in byName.Values.Where(l => l.Count is > 1 and <= CommonNameLimit))
            for (int x = 0; x < list.Count; x++)
                for (int y = x + 1; y < list.Count; y++)
                    shared[(list[x], list[y])] = shared.GetValueOrDefault((list[x], list[y])) + 1;
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        foreach (var ((a, b), count) in shared)
            if (count >= SharedNamesNeeded) parent[Root(a)] = Root(b);
        return Enumerable.Range(0, articles.Count).GroupBy(Root).Select(g => (IReadOnlyList<int>)g.ToList()).ToList();
    }
}
