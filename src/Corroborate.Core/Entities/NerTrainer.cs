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

/// <summary>The model of the best epoch and that epoch's development F1.</summary>
public sealed record NerTrainingResult(NerModel Model, int Epoch, double DevF1);

/// <summary>
/// Trains the tagger with the averaged perceptron and keeps the averaged weights of the epoch with the best
/// development F1. Training documents see a gazetteer built from the other half of the training data, so that
/// the model learns how far a gazetteer match can be trusted for a phrase it has not seen labelled; the saved
/// model carries the gazetteer of all training data.
/// </summary>
public static class NerTrainer
{
    /// <summary>
    /// Chooses the epoch count on every <paramref name="everyNth"/>-th training document (the N-th, 2N-th, ...),
    /// trained on the others, then trains on all documents for that many epochs: the development set is part of
    /// the training data, so no separate file is needed to choose and every document is trained on in the end.
    /// </summary>
    public static NerTrainingResult TrainWithHeldOut(IReadOnlyList<ConllDocument> documents, int everyNth,
        WordLexicon lexicon, NerTrainingOptions options, Action<string> log)
    {
        if (everyNth < 2) throw new ArgumentOutOfRangeException(nameof(everyNth), "every N-th document needs N >= 2");
        var (rest, heldOut) = Split(documents, everyNth);
        if (heldOut.Count == 0)
            throw new ArgumentException($"fewer than {everyNth} training documents to hold one out");
        log($"choosing on {heldOut.Count} held-out documents (every {everyNth}th), training on {rest.Count}");
        var chosen = Train(rest, heldOut, lexicon, options, log);
        log($"chosen: {chosen.Epoch} epochs (held-out F1 {chosen.DevF1:F4}); "
            + $"training on all {documents.Count} documents");
        var final = Train(documents, dev: null, lexicon, options with { MaxEpochs = chosen.Epoch }, log);
        return chosen with { Model = final.Model };
    }

    /// <summary>Holds out the documents whose 1-based position is a multiple of <paramref name="everyNth"/>.</summary>
    public static (List<ConllDocument> Training, List<ConllDocument> HeldOut) Split(
        IReadOnlyList<ConllDocument> documents, int everyNth)
    {
        var rest = new List<ConllDocument>();
        var heldOut = new List<ConllDocument>();
        for (int i = 0; i < documents.Count; i++) ((i + 1) % everyNth == 0 ? heldOut : rest).Add(documents[i]);
        return (rest, heldOut);
    }

    /// <summary>
    /// Trains for at most <see cref="NerTrainingOptions.MaxEpochs"/> epochs; with a <paramref name="dev"/> set,
    /// keeps the best epoch and stops early, without one returns the last epoch's model.
    /// </summary>
    public static NerTrainingResult Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument>? dev,
        WordLexicon lexicon, NerTrainingOptions options, Action<string> log)
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
        NerTrainingResult? best = null;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= options.MaxEpochs && sinceBest < options.Patience; epoch++)
        {
            random.Shuffle(order);
            foreach (int d in order)
            {
                var doc = train[d];
                live.Decode(doc.Sentences.Select(s => s.Words).ToList(), halves[d % 2], learner,
                    doc.Sentences.Select(s => s.Tags!).ToList());
            }
            var candidate = new NerModel(learner.Averaged(), options.Bits, full, options.Lists, lexicon);
            if (dev is null)
            {
                log($"epoch {epoch}");
                best = new NerTrainingResult(candidate, epoch, double.NaN);
                continue;
            }
            var score = NerEvaluation.Run(candidate, dev).Overall;
            log($"epoch {epoch}: dev F1 {score.F1:F4} (P {score.Precision:F4}, R {score.Recall:F4})");
            if (best is not null && score.F1 <= best.DevF1) { sinceBest++; continue; }
            best = new NerTrainingResult(candidate, epoch, score.F1);
            sinceBest = 0;
        }
        return best!;
    }
}
