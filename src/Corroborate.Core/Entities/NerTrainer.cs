namespace Corroborate.Core.Entities;

public sealed record NerTrainingOptions
{
    public int MaxEpochs { get; init; } = 30;
    /// <summary>Stop after this many epochs without a better development F1.</summary>
    public int Patience { get; init; } = 4;
    /// <summary>The weight table has 2^Bits buckets.</summary>
    public int Bits { get; init; } = 20;
    public int Seed { get; init; } = 1;
    /// <summary>External name lists the model carries and learns to trust (see <see cref="Gazetteer.FromListFiles"/>).</summary>
    public Gazetteer Lists { get; init; } = new();
}

/// <summary>
/// Trains the tagger with the averaged perceptron and keeps the averaged weights of the epoch with the best
/// development F1. Training documents see a gazetteer built from the other half of the training data, so that
/// the model learns how far a gazetteer match can be trusted for a phrase it has not seen labelled; the saved
/// model carries the gazetteer of all training data.
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, WordLexicon lexicon,
        NerTrainingOptions options, Action<string> log)
    {
        if (train.Count == 0) throw new ArgumentException("the training data has no documents");
        var full = Gazetteer.FromDocuments(train);
        var halves = new[]
        {
            Gazetteer.FromDocuments(train.Where((_, i) => i % 2 == 1)),
            Gazetteer.FromDocuments(train.Where((_, i) => i % 2 == 0)),
        };
        var learner = new Perceptron(new float[(1 << options.Bits) * EntityTags.Count]);
        var live = new NerModel(learner.Weights, options.Bits, full, options.Lists, lexicon);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        NerModel? best = null;
        double bestF1 = -1;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= options.MaxEpochs && sinceBest < options.Patience; epoch++)
        {
            random.Shuffle(order);
            foreach (int d in order)
            {
                var doc = train[d];
                live.Decode(doc.Sentences.Select(s => s.Words).ToList(), halves[d % 2], learner, doc.Sentences.Select(s => s.Tags!).ToList());
            }
            var candidate = new NerModel(learner.Averaged(), options.Bits, full, options.Lists, lexicon);
            var score = NerEvaluation.Run(candidate, dev).Overall;
            log($"epoch {epoch}: dev F1 {score.F1:F4} (P {score.Precision:F4}, R {score.Recall:F4})");
            if (score.F1 > bestF1) { bestF1 = score.F1; best = candidate; sinceBest = 0; }
            else sinceBest++;
        }
        return best!;
    }
}
