using System.CommandLine;
using Corroborate.Cli.Commands.Eval;

namespace Corroborate.Cli.Commands;

/// <summary>`eval`: one subcommand per scored stage, each in its own file under Commands/Eval/.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score a stage against gold data and print precision, recall and F1");
        command.Subcommands.Add(ExtractionEvalCommand.Create());
        return command;
    }
}
