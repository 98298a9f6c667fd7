using System.CommandLine;
using System.Text.Json;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

public static class ClaimsCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var command = new Command("claims", "List the numeric claims of the stored articles (dead, injured, arrested, money, ...)") { json };
        command.SetSafeAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var claims = ReportClaim.From(Core.Flow.AnnotateStored(store));
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(claims, JsonReport.Options));
                return ExitCodes.Ok;
            }
            foreach (var c in claims)
                Console.WriteLine($"{c.Article[..8]}  {c.AsOf ?? "----------",-10}  {c.Measure,-10}  {c.Scope,-14}  {c.Figure,-28}  {c.Group ?? "-"}{(c.Condition is { } cond ? $" ({cond})" : "")}{(c.Trend is { } t ? $" trend {t}" : "")}  [{c.Attribution ?? "-"}]{(c.Hedged ? " (hedged)" : "")}");
            Console.WriteLine($"{claims.Count} claims in {store.CountArticles()} articles");
            return ExitCodes.Ok;
        });
        return command;
    }
}
