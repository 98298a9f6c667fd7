using System.CommandLine;
using System.Diagnostics;
using Corroborate.Core.Entities;
using Corroborate.Core.Text;

namespace Corroborate.Cli.Commands.Train;

public static class NerTrainCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file (token ... tag per line)", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL development file that chooses the epoch" };
        var devSplit = new Option<int?>("--dev-split")
        {
            Description = "Choose the epoch on every N-th training document instead of a --dev file, then train on all",
        };
        var final = new Option<string>("--final")
        {
            Description = "With --dev-split: 'all' trains again on all documents for the chosen epochs, "
                + "'rest' keeps the model trained without the held-out ones",
            DefaultValueFactory = _ => "all",
        };
        final.AcceptOnlyFromAmong("all", "rest");
        var unlabeled = new Option<string[]>("--unlabeled") { Description = "Plain-text files or folders that add running text for casing statistics and word clusters", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => Path.Combine("models", "ner.bin.gz") };
        var epochs = new Option<int>("--epochs") { Description = "Most training epochs", DefaultValueFactory = _ => 30 };
        var gazetteers = new Option<string?>("--gazetteers") { Description = "Folder of name lists (*.txt.gz, one phrase a line) for the model to carry, e.g. models/gazetteers" };
        var seed = new Option<int>("--seed") { Description = "Seed of the per-epoch shuffle of the training documents", DefaultValueFactory = _ => 1 };
        var bits = new Option<int>("--bits") { Description = "The weight table has 2^BITS buckets", DefaultValueFactory = _ => 20 };
        var command = new Command("ner", "Train the named-entity tagger and write it compressed")
        {
            train, dev, devSplit, final, unlabeled, gazetteers, output, epochs, bits, seed,
        };
        command.SetSafeAction(result =>
        {
            int bitCount = result.GetValue(bits);
            if (bitCount is < 12 or > 24) throw new UsageException("--bits must be between 12 and 24");
            string? devPath = result.GetValue(dev);
            int? split = result.GetValue(devSplit);
            if ((devPath is null) == (split is null))
                throw new UsageException("give either --dev FILE or --dev-split N");
            if (split is < 2) throw new UsageException("--dev-split must be at least 2");
            var trainDocs = ReadConll(result.GetValue(train)!);
            var devDocs = devPath is null ? null : ReadConll(devPath);
            var clock = Stopwatch.StartNew();
            var running = trainDocs.SelectMany(d => d.Sentences).Select(s => s.Words)
                .Concat(ReadRunningText(result.GetValue(unlabeled) ?? [])).ToList();
            var lexicon = WordLexiconBuilder.Build(running, Console.Error.WriteLine);
            Console.Error.WriteLine($"lexicon: {lexicon.Count} words from {running.Count} sentences ({clock.Elapsed.TotalSeconds:F1}s)");
            var lists = ReadLists(result.GetValue(gazetteers));
            var options = new NerTrainingOptions { MaxEpochs = result.GetValue(epochs), Bits = bitCount, Lists = lists, Seed = result.GetValue(seed) };
            var model = Train(trainDocs, devDocs, split, result.GetValue(final) == "all", lexicon, options);
            string path = result.GetValue(output)!;
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
            using (var file = File.Create(path)) model.Save(file);
            Console.WriteLine($"model written to {path} ({new FileInfo(path).Length / 1024.0 / 1024:F1} MB) after {clock.Elapsed.TotalSeconds:F0}s");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static NerModel Train(List<ConllDocument> trainDocs, List<ConllDocument>? devDocs, int? split,
        bool trainOnAll, WordLexicon lexicon, NerTrainingOptions options)
    {
        Action<string> log = Console.Error.WriteLine;
        if (devDocs is not null) return NerTrainer.Train(trainDocs, devDocs, lexicon, options, log).Model;
        if (trainDocs.Count < split!.Value)
            throw new UsageException($"--dev-split {split}: only {trainDocs.Count} documents");
        if (trainOnAll) return NerTrainer.TrainWithHeldOut(trainDocs, split.Value, lexicon, options, log).Model;
        var (rest, heldOut) = NerTrainer.Split(trainDocs, split.Value);
        return NerTrainer.Train(rest, heldOut, lexicon, options, log).Model;
    }

    internal static List<ConllDocument> ReadConll(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
        try { return ConllCorpus.Read(path, withTags: true); }
        catch (FormatException e) { throw new UsageException(e.Message); }
    }

    private static Gazetteer ReadLists(string? folder)
    {
        if (folder is null) return new Gazetteer();
        if (!Directory.Exists(folder)) throw new UsageException($"no such folder: {folder}");
        var files = Directory.GetFiles(folder, "*.txt.gz").Order(StringComparer.Ordinal).ToList();
        if (files.Count is 0 or > 8) throw new UsageException($"{folder}: expected 1 to 8 name lists (*.txt.gz), found {files.Count}");
        try
        {
            var lists = Gazetteer.FromListFiles(files);
            Console.Error.WriteLine($"name lists: {lists.Count} phrases from {string.Join(", ", files.Select(Path.GetFileName))}");
            return lists;
        }
        catch (InvalidDataException e) { throw new UsageException($"{folder}: {e.Message}"); }
    }

    private static IEnumerable<string[]> ReadRunningText(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            if (!File.Exists(input) && !Directory.Exists(input)) throw new UsageException($"no such file or folder: {input}");
            IEnumerable<string> files = Directory.Exists(input) ? Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [input];
            foreach (string file in files)
                foreach (var sentence in RunningText.Sentences(TextNormalizer.Normalize(TextDecoder.Decode(File.ReadAllBytes(file))).Text))
                    yield return sentence;
        }
    }
}
