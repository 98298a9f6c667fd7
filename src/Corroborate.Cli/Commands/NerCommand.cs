using System.CommandLine;
using System.Text.Json;
using Corroborate.Core.Entities;
using Corroborate.Core.Text;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands;

public static class NerCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A text file, or '-' for standard input", DefaultValueFactory = _ => "-" };
        var conll = new Option<bool>("--conll") { Description = "Read CoNLL token lines and write them back with a predicted IOB2 tag column appended" };
        var model = ModelOption();
        var command = new Command("ner", "Find named entities (PER, ORG, LOC, MISC) in text") { input, conll, model };
        command.SetSafeAction(result =>
        {
            var recognizer = new EntityRecognizer(LoadModel(result.GetValue(model)));
            using var reader = OpenInput(result.GetValue(input)!);
            if (result.GetValue(conll)) WriteConll(reader, recognizer.Model);
            else
            {
                string text = reader.ReadToEnd();
                var entities = recognizer.Find(text).Select(m => new { text = m.Text, type = m.Type, start = m.Start, end = m.End });
                Console.WriteLine(JsonSerializer.Serialize(new { entities }, JsonReport.Options));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Option<string?> ModelOption() => new("--model") { Description = "A model file written by 'train ner' (default: the model shipped with corroborate)" };

    public static NerModel? LoadModel(string? path)
    {
        if (path is null) return null;
        if (!File.Exists(path)) throw new UsageException($"no such model file: {path}");
        try { return NerModel.Load(path); }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException) { throw new UsageException($"{path}: {e.Message}"); }
    }

    private static TextReader OpenInput(string path)
    {
        if (path == "-") return new StreamReader(Console.OpenStandardInput());
        if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
        return new StringReader(TextDecoder.Decode(File.ReadAllBytes(path)));
    }

    private static void WriteConll(TextReader reader, NerModel model)
    {
        List<ConllDocument> documents;
        try { documents = ConllCorpus.Read(reader, withTags: false); }
        catch (FormatException e) { throw new UsageException(e.Message); }
        using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
        foreach (var doc in documents)
        {
            output.WriteLine($"{ConllCorpus.DocStart} -X- -X- O");
            output.WriteLine();
            var tags = model.Tag(doc.Sentences.Select(s => s.Words).ToList());
            for (int s = 0; s < tags.Length; s++)
            {
                for (int i = 0; i < tags[s].Length; i++) output.WriteLine($"{doc.Sentences[s].Lines[i]} {EntityTags.Names[tags[s][i]]}");
                output.WriteLine();
            }
        }
    }
}
