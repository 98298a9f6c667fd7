using Corroborate.Core.Extraction.Evaluation;

namespace Corroborate.Core.Extraction;

/// <summary>
/// How the block scorer is trained: passes over the blocks, AdaGrad step size, the L2 penalties to choose
/// from, the folds of the inner cross-validation that chooses among them and their unit, and the seed.
/// </summary>
public sealed record BlockTrainingOptions
{
    public int Epochs { get; init; } = 20;
    public double Rate { get; init; } = 0.1;
    /// <summary>
    /// L2 penalties per training page (the decay at each touch of a weight is the penalty divided by the number of
    /// pages, so a penalty means the same on a fold as on all pages). Strongest first: on a tie the stronger wins.
    /// </summary>
    public IReadOnlyList<double> Penalties { get; init; } = [100, 30, 10, 3, 1];
    public int InnerFolds { get; init; } = 4;
    /// <summary>Fold by site rather than by page, in the inner and the outer cross-validation.</summary>
    public bool FoldBySite { get; init; }
    public int Seed { get; init; } = 1;
}

/// <summary>A trained scorer with the L2 penalty the inner cross-validation chose for it.</summary>
public sealed record TrainedScorer(BlockScorer Scorer, double Penalty);

/// <summary>
/// Trains the <see cref="BlockScorer"/>: weighted logistic regression by stochastic gradient with AdaGrad
/// steps, the blocks shuffled each epoch by a seeded generator, so the same pages and seed give the same
/// model. The L2 penalty is chosen by cross-validation over the training pages alone, so that an outer
/// cross-validation (<see cref="ExtractionCrossValidation"/>) measures the choice too.
/// </summary>
public static class BlockScorerTrainer
{
    public static TrainedScorer Train(IReadOnlyList<TrainingPage> pages, BlockTrainingOptions? options = null)
    {
        options ??= new BlockTrainingOptions();
        double penalty = ChoosePenalty(pages, options);
        return new TrainedScorer(Fit(pages, options, penalty), penalty);
    }

    /// <summary>
    /// The penalty with the best pooled F1 over inner folds of the training pages. Too few sites to fold
    /// (tests, tiny sets) take the middle of the list.
    /// </summary>
    private static double ChoosePenalty(IReadOnlyList<TrainingPage> pages, BlockTrainingOptions options)
    {
        var grid = options.Penalties;
        if (grid.Count == 0) throw new ArgumentException("no L2 penalty to choose from", nameof(options));
        bool tooFew = ExtractionCrossValidation.Groups(pages, options.FoldBySite) < 2 * options.InnerFolds;
        if (grid.Count == 1 || tooFew) return grid[grid.Count / 2];
        var f1 = grid.AsParallel().AsOrdered()
            .Select(penalty => ExtractionCrossValidation.Pooled(pages, options.InnerFolds, options.Seed,
                options.FoldBySite, training => Fit(training, options, penalty)).F1)
            .ToList();
        return grid[f1.IndexOf(f1.Max())];
    }

    private static BlockScorer Fit(IReadOnlyList<TrainingPage> pages, BlockTrainingOptions options, double penalty)
    {
        var examples = new List<(Feature[] Features, bool Label, float Weight)>();
        foreach (var page in pages)
        {
            if (page.Page is null) continue;
            for (int i = 0; i < page.Labels.Length; i++)
                examples.Add((page.Page.Features[i], page.Labels[i], page.Weights[i]));
        }
        if (examples.Count == 0) throw new ArgumentException("the training pages hold no text blocks", nameof(pages));
        var weights = new double[ScoredPage.Dimensions];
        var squaredGradients = new double[ScoredPage.Dimensions];
        double decay = penalty / pages.Count;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var averaged = new double[weights.Length];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            // The weights averaged over the second half of the epochs vary less with the shuffle than the last ones.
            if (epoch >= options.Epochs / 2) Accumulate(averaged, weights);
            random.Shuffle(order);
            foreach (int e in order)
            {
                var (features, label, weight) = examples[e];
                double z = 0;
                foreach (var f in features) z += weights[f.Index] * f.Value;
                double error = (1 / (1 + Math.Exp(-z)) - (label ? 1 : 0)) * weight;
                foreach (var f in features)
                {
                    double gradient = error * f.Value + decay * weights[f.Index];
                    squaredGradients[f.Index] += gradient * gradient;
                    weights[f.Index] -= options.Rate * gradient / (Math.Sqrt(squaredGradients[f.Index]) + 1e-8);
                }
            }
        }
        Accumulate(averaged, weights);
        int summed = options.Epochs - options.Epochs / 2 + 1;
        return new BlockScorer(averaged.Select(w => (float)(w / summed)).ToArray());
    }

    private static void Accumulate(double[] sum, double[] weights)
    {
        for (int k = 0; k < sum.Length; k++) sum[k] += weights[k];
    }
}
