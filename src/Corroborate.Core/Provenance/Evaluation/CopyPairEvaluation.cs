using System.Globalization;
using System.Text;

namespace Corroborate.Core.Provenance.Evaluation;

/// <summary>
/// Two real articles of one event, judged by reading: a copy (one republishes or rewrites the other, or
/// both carry one wire text) or independent reporting. <see cref="Split"/> names the half of the gold it
/// belongs to (dev or held-out).
/// </summary>
public sealed record JudgedPair(string UrlA, string UrlB, bool IsCopy, string Split);

/// <summary>Predicted and gold positives and how many of the predicted are right.</summary>
public readonly record struct MatchCounts(int Predicted, int Gold, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores detected copies against judged real pairs (samples/realnews-copies/pairs.tsv), over the judged
/// articles found in the input. Pair level: a stored pair at least the threshold similar is a predicted
/// copy; a predicted pair the gold does not list (two articles of different events) counts as wrong.
/// Family level: the families <see cref="FamilyIndex"/> builds from the predicted pairs against those the
/// gold copies make, scored on the article pairs that end up in one family, since a family is what later
/// stages count as one source.
/// </summary>
public sealed class CopyPairEvaluation
{
    public required int Articles { get; init; }
    public required int JudgedPairs { get; init; }
    public required MatchCounts Pairs { get; init; }
    public required MatchCounts Families { get; init; }

    /// <summary>Gold copies not predicted, with the similarity stored for them (0 when never verified).</summary>
    public required IReadOnlyList<(JudgedPair Pair, double Similarity)> Missed { get; init; }

    /// <summary>Predicted copies the gold calls independent or does not list, as urls.</summary>
    public required IReadOnlyList<(string UrlA, string UrlB, double Similarity)> FalseCopies { get; init; }

    /// <summary>Reads the gold: a header, then url_a, url_b, label (copy or independent), split and a note, tab-separated.</summary>
    public static IReadOnlyList<JudgedPair> ReadGold(string path)
    {
        return GoldLines.ReadTable(path, "url_a, url_b, copy or independent, split (tab-separated)",
            cells => cells.Length < 4 || cells[2] is not ("copy" or "independent")
                ? null
                : new JudgedPair(cells[0], cells[1], cells[2] == "copy", cells[3]));
    }

    /// <param name="idOfUrl">The stored article id of each input url; judged pairs with an article missing are left out.</param>
    public static CopyPairEvaluation Score(IReadOnlyList<JudgedPair> gold, IReadOnlyDictionary<string, string> idOfUrl, IReadOnlyList<CopyPair> stored, double threshold)
    {
        var judged = gold.Where(p => idOfUrl.ContainsKey(p.UrlA) && idOfUrl.ContainsKey(p.UrlB)).ToList();
        var urlOfId = judged.SelectMany(p => new[] { p.UrlA, p.UrlB }).Distinct().ToDictionary(u => idOfUrl[u]);
        var ids = urlOfId.Keys.Order(StringComparer.Ordinal).ToList();
        var inScope = stored.Where(p => urlOfId.ContainsKey(p.A) && urlOfId.ContainsKey(p.B)).ToList();
        var similarity = inScope.ToDictionary(p => PairKey.Of(p.A, p.B), p => p.Similarity);
        var predicted = inScope.Where(p => p.Similarity >= threshold).ToList();
        var copies = judged.Where(p => p.IsCopy).ToList();
        var goldKeys = copies.Select(p => PairKey.Of(idOfUrl[p.UrlA], idOfUrl[p.UrlB])).ToHashSet();

        var goldFamilies = FamilyIndex.Build(ids, copies.Select(p => new CopyPair(idOfUrl[p.UrlA], idOfUrl[p.UrlB], 1, 1, 1, [])), threshold: 1);
        var predictedFamilies = FamilyIndex.Build(ids, predicted, threshold);
        var goldTogether = Together(goldFamilies);
        var predictedTogether = Together(predictedFamilies);

        return new CopyPairEvaluation
        {
            Articles = ids.Count,
            JudgedPairs = judged.Count,
            Pairs = new MatchCounts(predicted.Count, copies.Count, predicted.Count(p => goldKeys.Contains(PairKey.Of(p.A, p.B)))),
            Families = new MatchCounts(predictedTogether.Count, goldTogether.Count, predictedTogether.Count(goldTogether.Contains)),
            Missed = copies
                .Select(p => (Pair: p, Similarity: similarity.GetValueOrDefault(PairKey.Of(idOfUrl[p.UrlA], idOfUrl[p.UrlB]))))
                .Where(m => m.Similarity < threshold)
                .ToList(),
            FalseCopies = predicted
                .Where(p => !goldKeys.Contains(PairKey.Of(p.A, p.B)))
                .Select(p => (urlOfId[p.A], urlOfId[p.B], p.Similarity))
                .ToList(),
        };
    }


    // Every pair of articles that share a family.
    private static HashSet<(string, string)> Together(FamilyIndex families) =>
        families.Families.SelectMany(f => f.SelectMany((a, i) => f.Skip(i + 1).Select(b => PairKey.Of(a, b)))).ToHashSet();

    public string Format()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"{Articles} judged articles, {JudgedPairs} judged pairs, {Pairs.Gold} of them copies");
        sb.AppendLine(c, $"copy pairs:     predicted {Pairs.Predicted}, correct {Pairs.Correct}, precision {Pairs.Precision:0.0000}, recall {Pairs.Recall:0.0000}, F1 {Pairs.F1:0.0000}");
        sb.AppendLine(c, $"same family:    predicted {Families.Predicted}, gold {Families.Gold}, correct {Families.Correct}, precision {Families.Precision:0.0000}, recall {Families.Recall:0.0000}, F1 {Families.F1:0.0000}");
        foreach (var (pair, sim) in Missed)
            sb.AppendLine(c, $"missed copy: {pair.UrlA} ~ {pair.UrlB} similarity {sim:0.000}");
        foreach (var (a, b, sim) in FalseCopies)
            sb.AppendLine(c, $"false copy: {a} ~ {b} similarity {sim:0.000}");
        return sb.ToString();
    }
}
