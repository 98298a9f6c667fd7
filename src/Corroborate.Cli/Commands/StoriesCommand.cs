using System.CommandLine;
using System.Text.Json;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

/// <summary>stories: each stored article with its story and topic, in ingest order.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var command = new Command("stories", "List every stored article with its story and topic") { json };
        command.SetSafeAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var rows = store.ListArticleStories();
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows.Select(r => new { article = r.ArticleId, path = r.Path, story = r.Story, topic = r.Topic }), JsonReport.Options));
                return ExitCodes.Ok;
            }
            var titles = store.ListStories().ToDictionary(s => s.Id, s => s.Title);
            foreach (var r in rows)
                Console.WriteLine($"{r.ArticleId}  story {r.Story?.ToString() ?? "-",-5} topic {r.Topic?.ToString() ?? "-",-5} {r.Path}  ({(r.Story is { } s ? titles.GetValueOrDefault(s) : null) ?? "-"})");
            Console.WriteLine($"{rows.Count} articles in {rows.Select(r => r.Story).Distinct().Count()} stories and {rows.Select(r => r.Topic).Distinct().Count()} topics");
            return ExitCodes.Ok;
        });
        return command;
    }
}
