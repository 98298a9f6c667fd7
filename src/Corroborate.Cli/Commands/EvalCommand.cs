using System.CommandLine;
using Corroborate.Cli.Commands.Eval;

namespace Corroborate.Cli.Commands;

/// <summary>Parent of the evaluation commands (one per capability, in Commands/Eval/).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure quality against gold data: precision, recall and F1");
        command.Subcommands.Add(ExtractionEvalCommand.Create());
        command.Subcommands.Add(NerEvalCommand.Create());
        command.Subcommands.Add(CopiesEvalCommand.Create());
        command.Subcommands.Add(ClaimsEvalCommand.Create());
        command.Subcommands.Add(ClustersEvalCommand.Create());
        command.Subcommands.Add(FindingsEvalCommand.Create());
        command.Subcommands.Add(NamesEvalCommand.Create());
        return command;
    }
}
