using System.CommandLine;
using Corroborate.Cli.Commands.Train;

namespace Corroborate.Cli.Commands;

/// <summary>Parent of the model-training commands (one per model, in Commands/Train/).</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train the statistical models that ship in models/");
        command.Subcommands.Add(NerTrainCommand.Create());
        command.Subcommands.Add(ExtractionTrainCommand.Create());
        return command;
    }
}
