using System.CommandLine;
using System.Text.Json;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

public static class EntitiesCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var type = new Option<string?>("--type") { Description = "Only entities of this type: PER, ORG, LOC or MISC" };
        var command = new Command("entities", "List the canonical entities of the stored articles with their spellings") { json, type };
        command.SetSafeAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            string? only = result.GetValue(type)?.ToUpperInvariant();
            if (only is not null && only is not ("PER" or "ORG" or "LOC" or "MISC")) throw new UsageException($"--type must be PER, ORG, LOC or MISC, not '{only}'");
            var entities = store.ListEntities().Where(e => only is null || e.Type == only).ToList();
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(entities.Select(e => new ReportEntity(e.Id, e.Canonical, e.Type, e.Variants,
                    e.Mentions.Select(m => new ReportMention(m.ArticleId, m.Start, m.End, m.Text)).ToList())), JsonReport.Options));
                return ExitCodes.Ok;
            }
            foreach (var e in entities)
            {
                int articles = e.Mentions.Select(m => m.ArticleId).Distinct().Count();
                string others = string.Join(", ", e.Variants.Where(v => v != e.Canonical));
                Console.WriteLine($"{e.Id}  {e.Type,-4}  {e.Canonical}  [{e.Mentions.Count} mentions in {articles} articles]{(others.Length > 0 ? "  also: " + others : "")}");
            }
            Console.WriteLine($"{entities.Count} entities");
            return ExitCodes.Ok;
        });
        return command;
    }
}
