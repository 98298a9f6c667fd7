namespace Corroborate.Core.Entities;

/// <summary>
/// Entity-level scores with conlleval semantics: an entity counts as found only when its type and both
/// boundaries match a gold entity exactly; I- without a matching entity before it starts a new entity.
/// </summary>
public sealed class NerEvaluation
{
    private readonly int[] _correct = new int[EntityTags.Types.Length];
    private readonly int[] _predicted = new int[EntityTags.Types.Length];
    private readonly int[] _gold = new int[EntityTags.Types.Length];
    public int Tokens { get; private set; }
    public int CorrectTokens { get; private set; }

    public readonly record struct Score(string Type, int Gold, int Predicted, int Correct)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public void Add(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        var goldChunks = EntityTags.Chunks(gold);
        var predictedChunks = EntityTags.Chunks(predicted);
        var goldSet = goldChunks.ToHashSet();
        foreach (var c in goldChunks) _gold[c.Type]++;
        foreach (var c in predictedChunks)
        {
            _predicted[c.Type]++;
            if (goldSet.Contains(c)) _correct[c.Type]++;
        }
        Tokens += gold.Count;
        for (int i = 0; i < gold.Count; i++) if (gold[i] == predicted[i]) CorrectTokens++;
    }

    public IReadOnlyList<Score> ByType() =>
        EntityTags.Types.Select((t, i) => new Score(t, _gold[i], _predicted[i], _correct[i])).ToList();

    public Score Overall => new("overall", _gold.Sum(), _predicted.Sum(), _correct.Sum());

    public double TokenAccuracy => Tokens == 0 ? 0 : (double)CorrectTokens / Tokens;

    /// <summary>Tags every document with <paramref name="model"/> and scores it against the gold tags.</summary>
    public static NerEvaluation Run(NerModel model, IEnumerable<ConllDocument> documents)
    {
        var evaluation = new NerEvaluation();
        foreach (var doc in documents)
        {
            var predicted = model.Tag(doc.Sentences.Select(s => s.Words).ToList());
            for (int s = 0; s < predicted.Length; s++) evaluation.Add(doc.Sentences[s].Tags!, predicted[s]);
        }
        return evaluation;
    }
}
