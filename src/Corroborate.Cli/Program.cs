using System.CommandLine;
using Corroborate.Cli;
using Corroborate.Cli.Commands;

Corroborate.Core.Text.PatternTimeout.Install();

var root = new RootCommand("Corroborate: multi-source news corroboration. Finds stories, copies, name variants and agreeing or conflicting figures across articles.");
root.Options.Add(CommonOptions.Db);
root.Options.Add(CommonOptions.Threads);
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ArticlesCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(NerCommand.Create());
root.Subcommands.Add(EntitiesCommand.Create());
root.Subcommands.Add(CopiesCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(StoriesCommand.Create());
root.Subcommands.Add(SubmitCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(AssignCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(DeadLettersCommand.Create());
var parsed = root.Parse(args);
if (parsed.Errors.Count == 0) Corroborate.Core.Parallelism.Threads = parsed.GetValue(CommonOptions.Threads);
return parsed.Invoke();
