using System.CommandLine;
using System.Text.Json;
using Corroborate.Core.Store;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

public static class ArticlesCommand
{
    public static Command Create()
    {
        var command = new Command("articles", "List or show stored articles");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List stored articles in ingest order") { json };
        command.SetSafeAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var articles = store.ListArticles();
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(articles.Select(a => new
                {
                    id = a.Id, source = a.Source, title = a.Title, published = a.Published, language = a.Language, path = a.Path, length = a.Length,
                }), JsonReport.Options));
                return ExitCodes.Ok;
            }
            foreach (var a in articles)
                Console.WriteLine($"{a.Id}  {a.Published?.ToString("yyyy-MM-dd") ?? "----------"}  {a.Language ?? "?",-3}  {Truncate(a.Title ?? "(untitled)", 70)}  [{a.Source ?? a.Path}]");
            Console.WriteLine($"{articles.Count} articles");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "Article id, or a unique prefix of it" };
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one article with its metadata and removed lines") { id, json };
        command.SetSafeAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var article = Resolve(store, result.GetValue(id)!);
            var view = ReportArticle.From(article);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(view, JsonReport.Options));
                return ExitCodes.Ok;
            }
            Console.WriteLine(view.Title ?? "(untitled)");
            Console.WriteLine($"id: {view.Id}  source: {view.Source ?? "-"}  published: {view.Published ?? "-"}  language: {view.Language ?? "-"}");
            Console.WriteLine($"path: {view.Path ?? "-"}  url: {view.Url ?? "-"}");
            foreach (var r in view.RemovedLines) Console.WriteLine($"removed ({r.Reason}): {r.Text}");
            Console.WriteLine();
            Console.WriteLine(view.Text);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Core.Article Resolve(IStore store, string prefix)
    {
        var ids = store.FindArticleIds(prefix);
        return ids.Count switch
        {
            0 => throw new UsageException($"no article with id '{prefix}'"),
            1 => store.GetArticle(ids[0])!,
            _ => throw new UsageException($"'{prefix}' matches {ids.Count} articles; give more characters of the id"),
        };
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
