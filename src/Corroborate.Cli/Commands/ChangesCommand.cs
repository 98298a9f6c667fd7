using System.CommandLine;
using System.Globalization;
using Corroborate.Core.Changes;

namespace Corroborate.Cli.Commands;

/// <summary>changes: the change records of the stories, newest first (docs/changes.md).</summary>
public static class ChangesCommand
{
    public static Command Create()
    {
        var story = new Option<int?>("--story") { Description = "Only this story's changes" };
        var since = new Option<string?>("--since") { Description = $"Only changes recorded since: {ChangeSince.Help}" };
        var limit = new Option<int>("--limit") 
        {
            Description = "At most this many records", DefaultValueFactory = _ => 50,
        };
        var json = CommonOptions.Json();
        var command = new Command("changes",
            "List what each update (ingest run) changed in the stories: new sources, figures, disputes")
        {
            story, since, limit, json,
        };
        command.SetSafeAction(result =>
        {
            var from = Since(result.GetValue(since));
            if (result.GetValue(limit) < 1) throw new UsageException("--limit must be at least 1");
            using var store = CommonOptions.OpenStore(result);
            var changes = store.ListStoryChanges(result.GetValue(story), from, result.GetValue(limit));
            if (result.GetValue(json))
            {
                Console.WriteLine(StoryChangeJson.Serialize(changes));
                return ExitCodes.Ok;
            }
            foreach (var c in changes)
            {
                string recorded = c.Recorded.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                Console.WriteLine($"#{c.Id}  {recorded}Z  story {c.Story}  {StoryChangeText.Title(c)}");
                foreach (var line in StoryChangeText.Lines(c)) Console.WriteLine($"    {line}");
            }
            Console.WriteLine($"{changes.Count} change records");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateTimeOffset? Since(string? text)
    {
        if (text is null) return null;
        return ChangeSince.TryParse(text, DateTimeOffset.UtcNow, out var since)
            ? since
            : throw new UsageException($"--since '{text}' is not {ChangeSince.Help}");
    }
}
