using System.Text.RegularExpressions;
using Corroborate.Core;
using Corroborate.Core.Ingest;
using Corroborate.Core.Provenance;
using Corroborate.Storage.Sqlite;

namespace Corroborate.Tests.Provenance;

/// <summary>The seed articles: 000 and 002 are two renderings of one wire story; the others are independent reports.</summary>
public class SeedCopiesTests
{
    [SharedDataFact]
    public void OnlyTheWireCopiesPairAndEverySentenceTheyShareIsMarked()
    {
        using var temp = new TempDir();
        using var store = SqliteStore.Open(temp.File("seeds.db"));
        var articles = new Ingestor(new IngestOptions()).Run(InputScanner.Expand([TestPaths.Seeds])).SelectMany(b => b.Articles).ToList();
        store.AddArticles(articles);
        CorpusPipeline.Default().RunWhole(store, articles);

        var copies = store.GetCopies(ProvenanceOptions.Default.CopyThreshold);
        var pair = Assert.Single(copies);
        var byFile = articles.ToDictionary(a => Path.GetFileName(a.Path!)[..3]);
        Assert.Equal(new[] { byFile["000"].Id, byFile["002"].Id }.Order(), new[] { pair.A, pair.B }.Order());

        var wire = pair.A == byFile["000"].Id ? pair : pair with { A = pair.B, B = pair.A, Passages = pair.Passages.Select(p => p with { A = p.B, B = p.A }).ToList() };
        string full = byFile["000"].Text, shortText = byFile["002"].Text;
        var shared = Sentences(shortText).Where(s => SharedTrigramShare(shortText[s.Start..s.End], full) >= 0.6).ToList();
        Assert.True(shared.Count >= 5, $"only {shared.Count} shared sentences");
        foreach (var s in shared)
        {
            int covered = Enumerable.Range(s.Start, s.Length).Count(i => wire.Passages.Any(p => p.B.Start <= i && i < p.B.End));
            Assert.True(covered >= 0.8 * s.Length, $"not marked: {shortText[s.Start..s.End]}");
        }
    }

    private static IEnumerable<TextSpan> Sentences(string text)
    {
        int start = 0;
        foreach (Match m in Regex.Matches(text, @"(?<=[.!?][""”]?)\s+|\n"))
        {
            if (m.Index > start) yield return new TextSpan(start, m.Index);
            start = m.Index + m.Length;
        }
        if (start < text.Length) yield return new TextSpan(start, text.Length);
    }

    // Share of the sentence's word trigrams (lower case) found in the other text: an independent notion of "present in both".
    private static double SharedTrigramShare(string sentence, string other)
    {
        static List<string> Trigrams(string s)
        {
            var w = Regex.Matches(s.ToLowerInvariant(), @"\w+").Select(m => m.Value).ToList();
            return Enumerable.Range(0, Math.Max(0, w.Count - 2)).Select(i => $"{w[i]} {w[i + 1]} {w[i + 2]}").ToList();
        }
        var mine = Trigrams(sentence);
        var theirs = Trigrams(other).ToHashSet();
        return mine.Count == 0 ? 0 : (double)mine.Count(theirs.Contains) / mine.Count;
    }
}
