using Corroborate.Core.Entities;

namespace Corroborate.Tests.Entities;

public class NerTests
{
    private static int[] Tags(params string[] names) => names.Select(EntityTags.Parse).ToArray();

    [Fact]
    public void Evaluation_counts_exact_entities_only()
    {
        var evaluation = new NerEvaluation();
        evaluation.Add(Tags("B-PER", "I-PER", "O", "B-LOC", "O"), Tags("B-PER", "I-PER", "O", "B-ORG", "O"));
        evaluation.Add(Tags("B-ORG", "I-ORG", "I-ORG"), Tags("B-ORG", "I-ORG", "O"));
        var overall = evaluation.Overall;
        Assert.Equal((3, 3, 1), (overall.Gold, overall.Predicted, overall.Correct));
        Assert.Equal(1.0, evaluation.ByType().Single(s => s.Type == "PER").F1);
    }

    [Fact]
    public void Iob1_tags_are_read_as_iob2()
    {
        Assert.Equal(Tags("B-PER", "I-PER", "O", "B-LOC", "B-LOC"), EntityTags.ToIob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]));
    }

    [Fact]
    public void A_trained_model_survives_saving_and_loading()
    {
        const string conll = """
            -DOCSTART- -X- -O O

            Ivo NNP B-NP B-PER
            Brankov NNP I-NP I-PER
            visited VBD B-VP O
            Korvast NNP B-NP B-LOC
            . . O O

            Ana NNP B-NP B-PER
            Petrović NNP I-NP I-PER
            joined VBD B-VP O
            Heldrun NNP B-NP B-ORG
            Chemicals NNPS I-NP I-ORG
            . . O O
            """;
        var docs = ConllCorpus.Read(new StringReader(conll), withTags: true);
        var lexicon = WordLexiconBuilder.Build(docs.SelectMany(d => d.Sentences).Select(s => s.Words).ToList());
        var model = NerTrainer.Train(docs, docs, lexicon, new NerTrainingOptions { MaxEpochs = 5, Bits = 14 }, _ => { }).Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        var sentences = docs[0].Sentences.Select(s => s.Words).ToList();
        Assert.Equal(model.Tag(sentences), loaded.Tag(sentences));
        Assert.Equal(1.0, NerEvaluation.Run(loaded, docs).Overall.F1);
    }

    [Fact]
    public void The_shipped_model_finds_entities_with_offsets()
    {
        const string text = "President Radomir Kožulić met officials of the National Security Bureau in Korvast on Monday.";
        var mentions = new EntityRecognizer().Find(text);
        Assert.Contains(mentions, m => m.Type == "PER" && m.Text == "Radomir Kožulić");
        Assert.Contains(mentions, m => m.Type == "LOC" && m.Text == "Korvast");
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }

    [SharedDataFact]
    public void Dev_set_f1_stays_above_the_shipped_level()
    {
        var docs = ConllCorpus.Read(Path.Combine(TestPaths.SharedData, "ner", "eng.testa"), withTags: true);
        Assert.True(NerEvaluation.Run(new EntityRecognizer().Model, docs).Overall.F1 > 0.92);
    }
}
