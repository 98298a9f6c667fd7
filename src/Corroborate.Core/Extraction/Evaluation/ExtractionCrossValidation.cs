namespace Corroborate.Core.Extraction.Evaluation;

/// <summary>
/// A cross-validated extraction score: every page scored by a model that did not see it; each fold's F1
/// and the L2 penalty its inner cross-validation chose.
/// </summary>
public sealed record CrossValidationScore(
    ExtractionScore Score, IReadOnlyList<double> FoldF1, IReadOnlyList<double> FoldPenalty);

/// <summary>
/// K-fold cross-validation of the learned block scorer over pages: pages (or whole sites) are dealt into K
/// folds by a seeded shuffle; for each fold a scorer is trained on the other folds (choosing its penalty by an inner
/// cross-validation on those folds only) and extracts the fold's pages. Page scores are pooled and
/// aggregated like any extraction score.
/// </summary>
public static class ExtractionCrossValidation
{
    /// <summary>
    /// The fold of each page (0..folds-1), the same for the same keys, folds and seed. Pages with one key
    /// share a fold (keyed by <see cref="TrainingPage.Site"/>, a model is never scored on a site it was trained
    /// on): keys are shuffled, then each goes to the fold with the fewest pages so far.
    /// </summary>
    public static int[] Folds(IReadOnlyList<string> keys, int folds, int seed)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (folds < 2 || folds > distinct.Length)
            throw new ArgumentOutOfRangeException(
                nameof(folds), $"need 2 to {distinct.Length} folds for {distinct.Length} groups of pages, not {folds}");
        new Random(seed).Shuffle(distinct);
        var size = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var pagesOf = keys.CountBy(k => k, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (string key in distinct)
        {
            int smallest = Array.IndexOf(size, size.Min());
            foldOf[key] = smallest;
            size[smallest] += pagesOf[key];
        }
        return keys.Select(k => foldOf[k]).ToArray();
    }

    /// <summary>The number of groups the pages can be folded into: pages, or sites.</summary>
    public static int Groups(IReadOnlyList<TrainingPage> pages, bool bySite) =>
        pages.Select(p => FoldKey(p, bySite)).Distinct().Count();

    private static string FoldKey(TrainingPage page, bool bySite) => bySite ? page.Site : page.Id;

    public static CrossValidationScore Run(IReadOnlyList<TrainingPage> pages, int folds, BlockTrainingOptions options)
    {
        int seed = options.Seed;
        bool bySite = options.FoldBySite;
        var penalties = new double[folds];
        var scores = Score(pages, folds, seed, bySite, (fold, training) =>
        {
            var trained = BlockScorerTrainer.Train(training, options);
            penalties[fold] = trained.Penalty;
            return trained.Scorer;
        });
        var assignment = Folds(pages.Select(p => FoldKey(p, bySite)).ToList(), folds, seed);
        var foldF1 = Enumerable.Range(0, folds)
            .Select(f => ExtractionMetric.Aggregate(scores.Where((_, i) => assignment[i] == f).ToList()).F1)
            .ToList();
        return new CrossValidationScore(ExtractionMetric.Aggregate(scores), foldF1, penalties);
    }

    /// <summary>The pooled score of a training procedure over folds (the inner loop of penalty choice).</summary>
    internal static ExtractionScore Pooled(IReadOnlyList<TrainingPage> pages, int folds, int seed, bool bySite,
        Func<IReadOnlyList<TrainingPage>, BlockScorer> fit) =>
        ExtractionMetric.Aggregate(Score(pages, folds, seed, bySite, (_, training) => fit(training)));

    private static PageScore[] Score(IReadOnlyList<TrainingPage> pages, int folds, int seed, bool bySite,
        Func<int, IReadOnlyList<TrainingPage>, BlockScorer> fit)
    {
        var assignment = Folds(pages.Select(p => FoldKey(p, bySite)).ToList(), folds, seed);
        var scores = new PageScore[pages.Count];
        for (int fold = 0; fold < folds; fold++)
        {
            var model = fit(fold, pages.Where((_, i) => assignment[i] != fold).ToList());
            for (int i = 0; i < pages.Count; i++)
                if (assignment[i] == fold)
                    scores[i] = ExtractionMetric.ScorePage(pages[i].Id, pages[i].Extract(model), pages[i].Gold);
        }
        return scores;
    }
}
