namespace Corroborate.Core.Extraction.Evaluation;

/// <summary>Scores of one page; precision is null when nothing was predicted, recall when the gold text is empty.</summary>
public sealed record PageScore(string Id, double? Precision, double? Recall, bool Exact)
{
    public double F1 => (Precision ?? 0) + (Recall ?? 0) is var sum && sum > 0 ? 2 * (Precision ?? 0) * (Recall ?? 0) / sum : 0;
}

public sealed record ExtractionScore(double Precision, double Recall, double F1, double Accuracy, IReadOnlyList<PageScore> Pages);

/// <summary>
/// The article-extraction benchmark's metric: texts become multisets of 4-token shingles (tokens are runs
/// of word characters); per page, matched and unmatched shingles are normalised so every page weighs the
/// same; precision and recall are averaged over pages, and F1 is the harmonic mean of the two averages.
/// </summary>
public static class ExtractionMetric
{
    private const int ShingleSize = 4;

    public static PageScore ScorePage(string id, string predicted, string gold)
    {
        var predictedTokens = Tokens(predicted);
        var goldTokens = Tokens(gold);
        var p = Shingles(predictedTokens);
        var g = Shingles(goldTokens);
        int predictedCount = p.Values.Sum(), goldCount = g.Values.Sum();
        int tp = p.Sum(kv => Math.Min(kv.Value, g.GetValueOrDefault(kv.Key)));
        int fp = predictedCount - tp, fn = goldCount - tp;
        bool exact = predictedTokens.SequenceEqual(goldTokens);
        if (tp + fp + fn == 0) return new PageScore(id, 1, 1, exact);
        // Normalising by the sum does not change the ratios below; it is kept implicit.
        double? precision = predictedCount == 0 ? null : tp / (double)(tp + fp);
        double? recall = goldCount == 0 ? null : tp / (double)(tp + fn);
        return new PageScore(id, precision, recall, exact);
    }

    public static ExtractionScore Aggregate(IReadOnlyList<PageScore> pages)
    {
        var precisions = pages.Where(p => p.Precision.HasValue).Select(p => p.Precision!.Value).ToList();
        var recalls = pages.Where(p => p.Recall.HasValue).Select(p => p.Recall!.Value).ToList();
        double precision = precisions.Count == 0 ? 0 : precisions.Average();
        double recall = recalls.Count == 0 ? 0 : recalls.Average();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = pages.Count == 0 ? 0 : pages.Count(p => p.Exact) / (double)pages.Count;
        return new ExtractionScore(precision, recall, f1, accuracy, pages);
    }

    /// <summary>Maximal runs of word characters (letters, digits, underscore); everything else separates.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && IsWordChar(text[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0) { tokens.Add(text[start..i]); start = -1; }
        }
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber;

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return shingles;
        int count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (int i = 0; i < count; i++)
        {
            string key = string.Join('\u0001', tokens.Skip(i).Take(ShingleSize));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }
}
