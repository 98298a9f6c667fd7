using System.CommandLine;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var outDir = new Option<string>("--out") { Description = "Folder for report.json, report.md and report.html (and, for a large report, a page per story in stories/)", DefaultValueFactory = _ => "corroborate-report" };
        var limits = new IngestLimits();
        var briefSentences = StoryOptions.BriefSentences();
        var withText = new Option<bool>("--with-text")
        {
            Description = "Put every article's full text (and the lines cleaning removed) into report.md and "
                + "report.html, and list every single-source figure in report.md; by default an article shows its "
                + "title, outlet, date, link and lead",
        };
        var command = new Command("analyze", "Ingest inputs, run the pipeline and write report.json, report.md and report.html");
        inputs.AddTo(command);
        command.Options.Add(outDir);
        limits.AddTo(command);
        command.Options.Add(briefSentences);
        command.Options.Add(withText);
        command.SetSafeAction(result =>
        {
            string dir = result.GetValue(outDir)!;
            if (File.Exists(dir)) throw new UsageException($"--out must be a folder, but '{dir}' is a file");
            using var store = CommonOptions.OpenStore(result);
            var outcome = IngestWorkflow.Run(store, inputs.Files(result), limits.Read(result));
            if (outcome.ArticleIds.Count == 0)
            {
                Console.Error.WriteLine("error: no articles could be read from the inputs");
                return ExitCodes.Error;
            }
            // The report covers whole stories: articles stored by earlier runs count as sources of the stories this
            // run touched.
            var covered = Core.Flow.WithStoryMates(store, outcome.ArticleIds);
            var analysed = Core.Flow.Analyze(store, covered, StoryOptions.Brief(result.GetValue(briefSentences)));
            var report = ReportAssembly.Build(store, analysed, outcome.Skipped);
            ReportFolder.Write(dir, report, new ReportOptions(WithText: result.GetValue(withText)));
            int earlier = covered.Count - outcome.ArticleIds.Count;
            string withEarlier = earlier > 0 ? $", with {earlier} stored earlier in the same stories" : "";
            Console.WriteLine($"{outcome.ArticleIds.Count} articles analysed ({outcome.Added} new{withEarlier}), "
                + $"{outcome.Skipped.Count} inputs skipped");
            Console.WriteLine($"Report: {Path.GetFullPath(Path.Combine(dir, "report.html"))} (also report.json, report.md)");
            return outcome.Skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }
}
