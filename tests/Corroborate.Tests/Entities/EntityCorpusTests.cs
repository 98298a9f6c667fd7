using System.Text.Json;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Entities;

/// <summary>End to end through analyze: the spelling groups of the demo corpus and of the seeds.</summary>
public class EntityCorpusTests : IDisposable
{
    private readonly TempDir _temp = new();

    private List<(string Canonical, string Type, string[] Variants)> Analyze(string input)
    {
        var r = CliRunner.Run(_temp.Path, "analyze", input, "--out", "out");
        Assert.True(r.ExitCode is 0 or 2, r.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(_temp.File("out/report.json")));
        return json.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("canonical").GetString()!, e.GetProperty("type").GetString()!,
                e.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).ToArray()))
            .ToList();
    }

    private static void OneEntity(List<(string Canonical, string Type, string[] Variants)> entities, string type, params string[] spellings)
    {
        // A mention the tagger gave another type stays outside (types must agree); the rest must be one entity.
        var holders = entities.Where(e => e.Type == type && e.Variants.Intersect(spellings).Any()).ToList();
        Assert.True(holders.Count == 1, $"{string.Join('/', spellings)} are in {holders.Count} {type} entities: {string.Join("; ", holders.Select(h => string.Join(", ", h.Variants)))}");
        Assert.All(spellings, s => Assert.Contains(s, holders[0].Variants));
    }

    [Fact]
    public void Demo_corpus_spelling_groups()
    {
        var entities = Analyze(Path.Combine(TestPaths.Demo, "articles"));
        OneEntity(entities, "PER", "Radomir Kožulić", "Kozulic", "Radomir Kojoulitch", "Radomir Kózulic", "Radomir Kozhulich");
        OneEntity(entities, "PER", "Teodor Alanić", "Teodor Alanic", "Téodor Alanitch", "Teodor Alánic", "Teodor Alanich");
        OneEntity(entities, "PER", "Piotr Svarin", "Piotr Svarine", "Pyotr Svarin");
        OneEntity(entities, "PER", "Matthias Brennecke", "Mathias Brenecke");
        OneEntity(entities, "ORG", "National Security Bureau", "NSB", "National Bureau of Security", "BNS");
        OneEntity(entities, "ORG", "Northern Collective Defence Alliance", "NCDA", "Northern Collective Defense Alliance");
        OneEntity(entities, "LOC", "Valdoria", "Valdorie");
        OneEntity(entities, "LOC", "Korvast", "KORVAST", "Korvást");
    }

    [SharedDataFact]
    public void Seed_spelling_groups()
    {
        var entities = Analyze(TestPaths.Seeds);
        OneEntity(entities, "PER", "Karim Massimov", "Karim Masímov", "Masimov");
        OneEntity(entities, "PER", "Kassym-Jomart Tokayev", "Tokáyev", "Kassim-Jomart Tokaev");
        OneEntity(entities, "PER", "Nursultan Nazarbayev", "Nazarbaïev");
        OneEntity(entities, "LOC", "Almaty", "Almatí");
        OneEntity(entities, "ORG", "CSTO", "OTSC", "ODKB");
        OneEntity(entities, "ORG", "National Security Committee", "KNB");
    }

    public void Dispose() => _temp.Dispose();
}
