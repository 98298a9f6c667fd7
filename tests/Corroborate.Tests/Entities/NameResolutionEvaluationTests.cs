using Corroborate.Core.Entities.Resolution;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Entities;

/// <summary>eval names: the scorer on hand-made system output, and the command on the tiny gold in names-gold/.</summary>
public class NameResolutionEvaluationTests : IDisposable
{
    private const string Text = "Ana Brankov met Ivo Petrov. Brankov and Petrov spoke; Brankov left.";
    private readonly TempDir _temp = new();

    private static readonly List<GoldNameEntity> Gold =
    [
        new("brankov", "PER", [new("a", "Ana Brankov"), new("a", "Brankov")], 1),
        new("petrov", "PER", [new("a", "Ivo Petrov"), new("a", "Petrov")], 2),
    ];

    private static SystemMention At(string form, int occurrence, string entity, string type = "PER")
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = Text.IndexOf(form, at + 1, StringComparison.Ordinal);
        return new SystemMention("a", at, at + form.Length, form, entity, type);
    }

    private static NameResolutionScore Score(params SystemMention[] system) =>
        NameResolutionEvaluation.Score(Gold, new Dictionary<string, string> { ["a"] = Text }, system);

    [Fact]
    public void Gold_mentions_are_maximal_whole_word_occurrences()
    {
        // "Brankov" inside "Ana Brankov" is not a mention of its own: 2 + 1 Brankov, 1 + 1 Petrov, 5 in all.
        var score = Score();
        Assert.Equal(5, score.Resolution.Items);
        Assert.Equal(5, score.MentionsNotFound);
        Assert.Equal(5, score.Resolution.PredictedClusters);
        Assert.Equal(2, score.Resolution.GoldClusters);
        Assert.Equal(0, score.Resolution.PairRecall);
        Assert.Equal([0, 9], NameResolutionEvaluation.Occurrences("Ivo ran, Ivo", "Ivo"));
        Assert.Empty(NameResolutionEvaluation.Occurrences("Ivory", "Ivo"));
    }

    [Fact]
    public void Pairwise_scores_count_pairs_the_system_and_the_gold_put_together()
    {
        // The system splits one Brankov off and merges the second Brankov with Petrov.
        var score = Score(At("Ana Brankov", 0, "e1"), At("Brankov", 1, "e2"), At("Brankov", 2, "e1"),
            At("Ivo Petrov", 0, "e3"), At("Petrov", 1, "e2"));
        // Gold pairs: 3 among Brankov's, 1 among Petrov's. System pairs: (1st, 3rd Brankov), (2nd Brankov, Petrov).
        Assert.Equal(0.5, score.Resolution.PairPrecision, 3);
        Assert.Equal(0.25, score.Resolution.PairRecall, 3);
        var split = Assert.Single(score.Splits, s => s.GoldId == "brankov");
        Assert.Equal(["e1", "e2"], split.Parts.Select(p => p.Id));
        var merged = Assert.Single(score.Merges);
        Assert.Equal("e2", merged.SystemId);
        Assert.Equal(["brankov", "petrov"], merged.Parts.Select(p => p.Id));
    }

    [Fact]
    public void Mention_detection_compares_article_form_and_type()
    {
        var score = Score(At("Ana Brankov", 0, "e1"), At("Brankov", 1, "e1", "LOC"), At("Ivo Petrov", 0, "e3"), At("Ivo", 0, "e4"));
        var all = score.Detection[^1];
        Assert.Equal(("all", 4, 4, 2), (all.Type, all.Gold, all.Predicted, all.Correct));
        Assert.Equal(3, score.Boundaries.Correct);
        Assert.Equal(0, Assert.Single(score.Detection, d => d.Type == "LOC").Correct);
    }

    [Fact]
    public void A_gold_file_with_a_bad_line_or_a_repeated_form_is_refused()
    {
        File.WriteAllText(_temp.File("bad.jsonl"), "{\"entity\": \"x\", \"type\": \"PERSON\", \"mentions\": []}\n");
        Assert.Contains("bad.jsonl:1", Assert.Throws<InvalidDataException>(() => NameResolutionGold.Read(_temp.File("bad.jsonl"))).Message);
        File.WriteAllText(_temp.File("twice.jsonl"),
            "{\"entity\": \"x\", \"type\": \"PER\", \"mentions\": [{\"article\": \"a\", \"form\": \"Ivo\"}]}\n" +
            "{\"entity\": \"y\", \"type\": \"PER\", \"mentions\": [{\"article\": \"a\", \"form\": \"Ivo\"}]}\n");
        Assert.Contains("already in entity 'x'", Assert.Throws<InvalidDataException>(() => NameResolutionGold.Read(_temp.File("twice.jsonl"))).Message);
    }

    private static string GoldFolder => Path.Combine(TestPaths.RepoRoot, "tests", "Corroborate.Tests", "Entities", "names-gold");

    [Fact]
    public void The_command_scores_the_tiny_gold()
    {
        var r = CliRunner.Run(_temp.Path, "eval", "names", "--gold", Path.Combine(GoldFolder, "names.gold.jsonl"),
            Path.Combine(GoldFolder, "a.txt"), Path.Combine(GoldFolder, "b.txt"), "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var json = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.Equal(13, json.RootElement.GetProperty("gold_mentions").GetInt32());
        Assert.Equal(6, json.RootElement.GetProperty("gold_entities").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("pairwise").GetProperty("f1").GetDouble(), 0, 1);
        Assert.Equal(0, json.RootElement.GetProperty("articles_not_in_input").GetArrayLength());
    }

    [Fact]
    public void The_command_refuses_a_missing_gold_with_a_message()
    {
        var r = CliRunner.Run(_temp.Path, "eval", "names", "--gold", "nope.jsonl", Path.Combine(GoldFolder, "a.txt"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("gold file not found", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    public void Dispose() => _temp.Dispose();
}
