using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Corroborate.Core.Provenance;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

public static class CopiesCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var threshold = new Option<double>("--threshold")
        {
            Description = "Smallest similarity (share of the more-copied article found in the other, 0-1) to list",
            DefaultValueFactory = _ => ProvenanceOptions.Default.CopyThreshold,
        };
        var command = new Command("copies", "List copied article pairs with their shared passages and syndication families") { json, threshold };
        command.SetSafeAction(result =>
        {
            double min = result.GetValue(threshold);
            if (min is < 0 or > 1 || double.IsNaN(min)) throw new UsageException($"--threshold must be between 0 and 1, not {min.ToString(CultureInfo.InvariantCulture)}");
            using var store = CommonOptions.OpenStore(result);
            var pairs = store.GetCopies(Math.Max(min, ProvenanceOptions.Default.StoreThreshold));
            var articles = store.ListArticles();
            var families = FamilyIndex.Build(articles.Select(a => a.Id).ToList(), pairs, ProvenanceOptions.Default.FamilyThreshold).Families;
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { copies = pairs.Select(ReportCopy.From), families }, JsonReport.Options));
                return ExitCodes.Ok;
            }
            var titles = articles.ToDictionary(a => a.Id, a => a.Title ?? a.Path ?? "(untitled)");
            foreach (var p in pairs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p.A}  {p.B}  similarity {p.Similarity:0.00}  coverage {p.CoverageA:0.00}/{p.CoverageB:0.00}  {p.Passages.Count} passages  origin {p.Origin}"));
                Console.WriteLine($"    A: {titles.GetValueOrDefault(p.A)}");
                Console.WriteLine($"    B: {titles.GetValueOrDefault(p.B)}");
            }
            Console.WriteLine($"{pairs.Count} copied pairs, {families.Count} families");
            foreach (var family in families) Console.WriteLine($"family: {string.Join(' ', family)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
