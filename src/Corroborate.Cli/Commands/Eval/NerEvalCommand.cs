using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Corroborate.Cli.Commands.Train;
using Corroborate.Core.Entities;
using Corroborate.Reports;

namespace Corroborate.Cli.Commands.Eval;

public static class NerEvalCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL file with gold tags in the last column", Required = true };
        var model = NerCommand.ModelOption();
        var json = CommonOptions.Json();
        var command = new Command("ner", "Entity-level precision, recall and F1 per type (conlleval semantics)") { conll, model, json };
        command.SetSafeAction(result =>
        {
            var documents = NerTrainCommand.ReadConll(result.GetValue(conll)!);
            var clock = Stopwatch.StartNew();
            var recognizer = new EntityRecognizer(NerCommand.LoadModel(result.GetValue(model)));
            var evaluation = NerEvaluation.Run(recognizer.Model, documents);
            var scores = evaluation.ByType().Append(evaluation.Overall).ToList();
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    tokens = evaluation.Tokens,
                    token_accuracy = evaluation.TokenAccuracy,
                    scores = scores.Select(s => new { type = s.Type, gold = s.Gold, predicted = s.Predicted, correct = s.Correct, precision = s.Precision, recall = s.Recall, f1 = s.F1 }),
                }, JsonReport.Options));
                return ExitCodes.Ok;
            }
            Console.WriteLine($"{evaluation.Tokens} tokens, token accuracy {evaluation.TokenAccuracy:P2}, {clock.Elapsed.TotalSeconds:F1}s");
            Console.WriteLine($"{"type",-8} {"gold",6} {"found",6} {"right",6} {"precision",9} {"recall",7} {"F1",7}");
            foreach (var s in scores)
                Console.WriteLine($"{s.Type,-8} {s.Gold,6} {s.Predicted,6} {s.Correct,6} {s.Precision,9:F4} {s.Recall,7:F4} {s.F1,7:F4}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
