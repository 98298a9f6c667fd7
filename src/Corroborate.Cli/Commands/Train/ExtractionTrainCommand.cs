using System.CommandLine;
using Corroborate.Cli.Commands.Eval;
using Corroborate.Core.Extraction;

namespace Corroborate.Cli.Commands.Train;

/// <summary>`train extraction`: trains the block scorer of the main-text extractor on benchmark pages.</summary>
public static class ExtractionTrainCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold file: {id: {articleBody, url}}", Required = true };
        var html = new Option<string>("--html") { Description = "Folder with the pages as ID.html.gz or ID.html", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => Path.Combine("models", "extraction.bin.gz") };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the blocks", DefaultValueFactory = _ => new BlockTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the per-epoch shuffle of the blocks", DefaultValueFactory = _ => 1 };
        var command = new Command("extraction", "Train the extractor's block scorer and write it compressed") { gold, html, output, epochs, seed };
        command.SetSafeAction(result =>
        {
            var options = Options(result.GetValue(epochs), result.GetValue(seed));
            var pages = ExtractionPages.ReadGold(result.GetValue(gold)!);
            var training = ExtractionPages.ReadTraining(pages, ExtractionPages.RequireFolder(result.GetValue(html)!));
            int blocks = training.Sum(p => p.BlockCount);
            if (blocks == 0) throw new UsageException("the pages hold no text blocks to learn from");
            var trained = BlockScorerTrainer.Train(training, options);
            string path = result.GetValue(output)!;
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
            using (var file = File.Create(path)) trained.Scorer.Save(file);
            Console.WriteLine($"model written to {path} ({new FileInfo(path).Length / 1024.0:F0} KB): {pages.Count} pages, "
                + $"{blocks} blocks, L2 penalty {trained.Penalty} chosen by {options.InnerFolds}-fold cross-validation");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static BlockTrainingOptions Options(int epochs, int seed) =>
        epochs is >= 1 and <= 1000 ? new BlockTrainingOptions { Epochs = epochs, Seed = seed } : throw new UsageException("--epochs must be between 1 and 1000");
}
