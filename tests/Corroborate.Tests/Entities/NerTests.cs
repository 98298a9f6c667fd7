using Corroborate.Core.Entities;
using Corroborate.Tests.Cli;

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
        var options = new NerTrainingOptions { MaxEpochs = 5, Bits = 14 };
        var model = NerTrainer.Train(docs, docs, lexicon, options, _ => { }).Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        var sentences = docs[0].Sentences.Select(s => s.Words).ToList();
        Assert.Equal(model.Tag(sentences), loaded.Tag(sentences));
        Assert.Equal(1.0, NerEvaluation.Run(loaded, docs).Overall.F1);
    }

    /// <summary>Ten one-sentence documents, each naming a person who visits a place.</summary>
    private static List<ConllDocument> TenDocuments()
    {
        string[] people = ["Ivo", "Ana", "Mirko", "Lena", "Tomas", "Vera", "Oskar", "Ines", "Bruno", "Dora"];
        string[] places = ["Korvast", "Heldrun", "Molvik", "Sarnow", "Tebrin"];
        var conll = string.Concat(people.Select((p, i) =>
            $"-DOCSTART- -X- -O O\n\n{p} NNP B-NP B-PER\nvisited VBD B-VP O\n"
            + $"{places[i % 5]} NNP B-NP B-LOC\n. . O O\n\n"));
        return ConllCorpus.Read(new StringReader(conll), withTags: true);
    }

    [Fact]
    public void The_dev_split_holds_out_every_nth_document()
    {
        var docs = TenDocuments();
        var (training, heldOut) = NerTrainer.Split(docs, 4);
        Assert.Equal([docs[3], docs[7]], heldOut);
        Assert.Equal(8, training.Count);
        Assert.DoesNotContain(docs[3], training);
    }

    [Fact]
    public void Training_with_a_held_out_split_chooses_an_epoch_and_trains_on_all_documents()
    {
        var docs = TenDocuments();
        var lexicon = WordLexiconBuilder.Build(docs.SelectMany(d => d.Sentences).Select(s => s.Words).ToList());
        var log = new List<string>();
        var options = new NerTrainingOptions { MaxEpochs = 4, Bits = 14 };
        var result = NerTrainer.TrainWithHeldOut(docs, 5, lexicon, options, log.Add);
        Assert.InRange(result.Epoch, 1, 4);
        Assert.Contains(log, l => l.Contains("training on all 10 documents"));
        // The final model has seen the held-out documents, whose place names are therefore in its gazetteer.
        Assert.Equal(1.0, NerEvaluation.Run(result.Model, docs).Overall.F1);
    }

    [Fact]
    public void Train_ner_needs_exactly_one_way_of_choosing_the_epoch()
    {
        using var temp = new TempDir();
        File.WriteAllText(Path.Combine(temp.Path, "t.conll"), "Ivo NNP B-NP B-PER\n");
        var neither = CliRunner.Run(temp.Path, "train", "ner", "--train", "t.conll");
        Assert.Equal(1, neither.ExitCode);
        Assert.Contains("--dev FILE or --dev-split N", neither.Stderr);
        var tooFew = CliRunner.Run(temp.Path, "train", "ner", "--train", "t.conll", "--dev-split", "10");
        Assert.Equal(1, tooFew.ExitCode);
        Assert.Contains("only 1 documents", tooFew.Stderr);
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
