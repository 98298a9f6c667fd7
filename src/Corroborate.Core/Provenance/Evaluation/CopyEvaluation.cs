using System.Globalization;
using System.Text;

namespace Corroborate.Core.Provenance.Evaluation;

/// <summary>
/// Scores detected pairs against a <see cref="CopyBenchmark"/>.
/// Pair precision: of the reported pairs, the share that are an original with one of its copies; a
/// reported pair of two copies of the same original is left out (they do share text, but the benchmark
/// does not know how much). Pair recall: of the planted copies where at least half of the shorter side
/// is shared (by construction), the share reported. Passage scores count the non-space characters of
/// both articles inside predicted versus planted shared ranges, summed over all planted copies. Origin is
/// scored per found copy, apart from detection: where both articles are dated and the dates differ the
/// dates decide it, and the pair must name the original; where a date is missing or both are the same,
/// nothing in the data decides it, and what the detector falls back on is counted separately.
/// </summary>
public sealed class CopyEvaluation
{
    public int Reported { get; private init; }
    public int ReportedCorrect { get; private init; }
    public int Positives { get; private init; }
    public int Found { get; private init; }
    public long PassageTruePositive { get; private init; }
    public long PassageFalsePositive { get; private init; }
    public long PassageFalseNegative { get; private init; }
    /// <summary>Found copies whose dates decide the origin, and how many of them name the original.</summary>
    public OriginCounts OriginDecided { get; private init; }
    /// <summary>Found copies dated at the same moment as their original; Right: the fallback named it.</summary>
    public OriginCounts OriginSameMoment { get; private init; }
    /// <summary>Found copies with a date missing on either side; Right: the fallback named the original.</summary>
    public OriginCounts OriginUndated { get; private init; }
    /// <summary>Found copies whose origin the dates do not decide: same moment or undated.</summary>
    public OriginCounts OriginNotDecidable => OriginSameMoment + OriginUndated;
    public required IReadOnlyList<(string Kind, int Positives, int Found)> ByKind { get; init; }
    public required IReadOnlyList<CopyPair> FalsePairs { get; init; }
    /// <summary>Planted copies sharing at least half that were not reported, with the similarity measured (0 when never verified).</summary>
    public required IReadOnlyList<(PlantedCopy Copy, double Similarity)> Missed { get; init; }

    public double Precision => Reported == 0 ? 1 : (double)ReportedCorrect / Reported;
    public double Recall => Positives == 0 ? 1 : (double)Found / Positives;
    public double PassagePrecision => Ratio(PassageTruePositive, PassageTruePositive + PassageFalsePositive);
    public double PassageRecall => Ratio(PassageTruePositive, PassageTruePositive + PassageFalseNegative);
    public double PassageF1 => PassagePrecision + PassageRecall == 0 ? 0 : 2 * PassagePrecision * PassageRecall / (PassagePrecision + PassageRecall);
    private static double Ratio(long a, long b) => b == 0 ? 1 : (double)a / b;

    /// <param name="idOf">Maps a benchmark document name to the article id it was stored under.</param>
    public static CopyEvaluation Score(CopyBenchmark bench, IReadOnlyList<CopyPair> pairs, Func<string, string> idOf, double threshold)
    {
        // Documents with the same text are one article; the first listed (an original before its copies) names it.
        var first = bench.Documents.GroupBy(d => idOf(d.Name)).ToDictionary(g => g.Key, g => g.First());
        var text = first.ToDictionary(x => x.Key, x => x.Value.Text);
        var group = first.ToDictionary(x => x.Key, x => x.Value.Group);
        var originals = bench.Documents.Where(d => d.Name == d.Group).Select(d => idOf(d.Name)).ToHashSet();
        var reported = pairs.Where(p => p.Similarity >= threshold).ToList();
        var judged = reported.Where(p => originals.Contains(p.A) || originals.Contains(p.B)).ToList();
        var falsePairs = judged.Where(p => group[p.A] != group[p.B]).ToList();
        // A pair is stored in ingest order, so an original ingested after its copy is its B side.
        var byPair = reported.ToDictionary(p => PairKey.Of(p.A, p.B));
        var stored = pairs.ToDictionary(p => PairKey.Of(p.A, p.B), p => p.Similarity);
        var missed = new List<(PlantedCopy, double)>();

        long tp = 0, fp = 0, fn = 0;
        int positives = 0, found = 0;
        var origin = new Dictionary<DateOrder, OriginCounts>();
        var kinds = new Dictionary<string, (int Positives, int Found)>();
        foreach (var planted in bench.Copies)
        {
            string a = idOf(planted.Original), b = idOf(planted.Copy);
            if (a == b) continue; // the corruption left the text unchanged
            var truthA = CharMask(text[a], planted.OriginalSpans);
            var truthB = CharMask(text[b], planted.CopySpans);
            bool positive = Math.Max(Share(text[a], truthA), Share(text[b], truthB)) >= 0.5;
            byPair.TryGetValue(PairKey.Of(a, b), out var pair);
            bool originalFirst = pair?.A == a;
            var predictedA = CharMask(text[a], pair?.Passages.Select(p => originalFirst ? p.A : p.B) ?? []);
            var predictedB = CharMask(text[b], pair?.Passages.Select(p => originalFirst ? p.B : p.A) ?? []);
            Count(text[a], truthA, predictedA, ref tp, ref fp, ref fn);
            Count(text[b], truthB, predictedB, ref tp, ref fp, ref fn);
            if (!positive) continue;
            positives++;
            var k = kinds.GetValueOrDefault(planted.Kind);
            kinds[planted.Kind] = (k.Positives + 1, k.Found + (pair is null ? 0 : 1));
            if (pair is null)
            {
                missed.Add((planted, stored.GetValueOrDefault(PairKey.Of(a, b))));
                continue;
            }
            found++;
            var dates = PublicationDates.Compare(first[a].Published, first[b].Published);
            origin[dates] = origin.GetValueOrDefault(dates).Add(pair.Origin == a);
        }
        return new CopyEvaluation
        {
            Reported = judged.Count,
            ReportedCorrect = judged.Count - falsePairs.Count,
            Positives = positives,
            Found = found,
            PassageTruePositive = tp,
            PassageFalsePositive = fp,
            PassageFalseNegative = fn,
            OriginDecided = origin.GetValueOrDefault(DateOrder.Decides),
            OriginSameMoment = origin.GetValueOrDefault(DateOrder.Same),
            OriginUndated = origin.GetValueOrDefault(DateOrder.Undated),
            ByKind = CopyBenchmark.Kinds.Where(kinds.ContainsKey).Select(k => (k, kinds[k].Positives, kinds[k].Found)).ToList(),
            FalsePairs = falsePairs,
            Missed = missed,
        };
    }


    private static bool[] CharMask(string text, IEnumerable<TextSpan> spans)
    {
        var mask = new bool[text.Length];
        foreach (var s in spans) mask.AsSpan(s.Start, s.Length).Fill(true);
        return mask;
    }

    private static double Share(string text, bool[] mask)
    {
        int total = 0, shared = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            total++;
            if (mask[i]) shared++;
        }
        return total == 0 ? 0 : (double)shared / total;
    }

    private static void Count(string text, bool[] truth, bool[] predicted, ref long tp, ref long fp, ref long fn)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (truth[i] && predicted[i]) tp++;
            else if (predicted[i]) fp++;
            else if (truth[i]) fn++;
        }
    }

    public string Format()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"pairs reported (original involved): {Reported}, correct {ReportedCorrect}, precision {Precision:0.0000}");
        sb.AppendLine(c, $"planted copies sharing >= 50%: {Positives}, found {Found}, recall {Recall:0.0000}");
        foreach (var (kind, positives, found) in ByKind)
            sb.AppendLine(c, $"  {kind,-22} recall {(positives == 0 ? 1 : (double)found / positives):0.0000} ({found}/{positives})");
        sb.AppendLine(c, $"passage characters: precision {PassagePrecision:0.0000}, recall {PassageRecall:0.0000}, F1 {PassageF1:0.0000}");
        sb.AppendLine(c, $"origin decidable (both dated, dates differ) for {OriginDecided.Pairs} found copies: "
            + $"right {OriginDecided.Right} ({OriginDecided.Share:0.0%})");
        sb.AppendLine(c, $"origin not decidable for {OriginNotDecidable.Pairs} found copies "
            + $"({OriginSameMoment.Pairs} same moment, {OriginUndated.Pairs} a date missing): "
            + $"the fallback named the original for {OriginSameMoment.Right} and {OriginUndated.Right}");
        return sb.ToString();
    }
}
