using System.Globalization;
using System.Text;

namespace Corroborate.Core.Stories;

/// <summary>A setting of the story constants the cross-validation may choose, with a name to print.</summary>
public sealed record StorySetting(string Name, StoryOptions Options);

/// <summary>One fold: the settings chosen on the other folds' events and what they score on this fold's.</summary>
public sealed record StoryFold(int Events, int Articles, int Tied, string FirstChosen, double TrainF1, double HeldOutF1, double HeldOutLow, double HeldOutHigh, double DefaultHeldOutF1);

/// <summary>
/// A cross-validated estimate of story clustering (B³ F1) for constants chosen on labelled events: the
/// events, in ordinal order of their labels, are dealt into k folds (event i into fold i mod k, so k = 2 is
/// the even/odd split); every setting of a small grid clusters all articles once (clustering reads no
/// label); per fold, the settings with the best B³ F1 over the other folds' articles are chosen, and their
/// B³ F1 over this fold's articles is the held-out figure, averaged over tied settings (the spread of the
/// tied settings is kept: ties are common on a few hundred articles). The defaults are
/// scored on the same folds for comparison.
/// </summary>
public sealed class StoryCrossValidation
{
    public required int Settings { get; init; }
    public required IReadOnlyList<StoryFold> Folds { get; init; }
    /// <summary>The shipped constants on all labelled articles, clustered in memory as here.</summary>
    public required double DefaultF1 { get; init; }

    /// <summary>
    /// The grid: the story join threshold, the follow-up cosine and the story decay days, the merge threshold
    /// and the headline and entity boosts, each around its shipped value (216 settings).
    /// </summary>
    public static IReadOnlyList<StorySetting> Grid()
    {
        var d = StoryOptions.Default;
        var settings = new List<StorySetting>();
        foreach (double join in (double[])[0.12, 0.15, 0.18])
        foreach (double followUp in (double[])[0.25, 0.3, 0.35])
        foreach (double decay in (double[])[14, 21, 28])
        foreach (double merge in (double[])[0.45, 0.6])
        foreach (double title in (double[])[2, 3])
        foreach (double entity in (double[])[1.5, 2])
        {
            var options = d with
            {
                Stories = d.Stories with { JoinThreshold = join, FollowUpCosine = followUp, DecayDays = decay, MergeThreshold = merge },
                TitleBoost = title,
                EntityBoost = entity,
            };
            settings.Add(new StorySetting(
                string.Create(CultureInfo.InvariantCulture, $"join {join}, follow-up {followUp}, decay {decay}, merge {merge}, title ×{title}, entities ×{entity}"),
                options));
        }
        return settings;
    }

    /// <param name="articles">The articles through the pipeline (they carry their entity mentions), duplicates by id removed.</param>
    /// <param name="labelOf">The gold story label of an article, null when it has none.</param>
    public static StoryCrossValidation Run(IReadOnlyList<Article> articles, Func<Article, string?> labelOf, int folds, IReadOnlyList<StorySetting> grid)
    {
        var labelled = articles.Select(a => (a.Id, Label: labelOf(a))).Where(x => x.Label is not null).Select(x => (x.Id, Label: x.Label!)).ToList();
        var events = labelled.Select(x => x.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        if (events.Count < folds) throw new ArgumentException($"{events.Count} labelled events cannot fill {folds} folds");
        var foldOf = events.Select((e, i) => (e, i % folds)).ToDictionary(x => x.e, x => x.Item2);

        var itemsBySetting = grid.Select(s => Items(StoryStage.AssignInMemory(articles, s.Options), labelled)).ToList();
        var defaults = Items(StoryStage.AssignInMemory(articles), labelled);

        var result = new List<StoryFold>();
        for (int fold = 0; fold < folds; fold++)
        {
            bool Held(string label) => foldOf[label] == fold;
            var train = itemsBySetting.Select(items => BCubedF1(items, label => !Held(label))).ToList();
            double best = train.Max();
            var chosen = Enumerable.Range(0, grid.Count).Where(i => train[i] >= best - 1e-12).ToList();
            var heldOut = chosen.Select(i => BCubedF1(itemsBySetting[i], Held)).ToList();
            result.Add(new StoryFold(
                Events: foldOf.Count(x => x.Value == fold), Articles: labelled.Count(x => Held(x.Label)), Tied: chosen.Count,
                FirstChosen: grid[chosen[0]].Name, TrainF1: best, HeldOutF1: heldOut.Average(), HeldOutLow: heldOut.Min(),
                HeldOutHigh: heldOut.Max(), DefaultHeldOutF1: BCubedF1(defaults, Held)));
        }
        return new StoryCrossValidation { Settings = grid.Count, Folds = result, DefaultF1 = BCubedF1(defaults, _ => true) };
    }

    private static List<(string Predicted, string Gold)> Items(Func<string, int?> storyOf, IReadOnlyList<(string Id, string Label)> labelled) =>
        labelled.Where(x => storyOf(x.Id) is not null)
            .Select(x => (storyOf(x.Id)!.Value.ToString(CultureInfo.InvariantCulture), x.Label)).ToList();

    /// <summary>
    /// B³ F1 averaged over the articles of the counted events only, each article scored against its whole
    /// predicted story: an article of another fold in its story costs precision, so the folds' precision and
    /// recall average (by articles) to those over all articles, and a story joining events of two folds is not hidden.
    /// </summary>
    private static double BCubedF1(IReadOnlyList<(string Predicted, string Gold)> items, Func<string, bool> counted)
    {
        var cell = items.CountBy(x => x).ToDictionary();
        var predicted = items.CountBy(x => x.Predicted).ToDictionary();
        var gold = items.CountBy(x => x.Gold).ToDictionary();
        double precision = 0, recall = 0;
        int n = 0;
        foreach (var item in items.Where(x => counted(x.Gold)))
        {
            precision += (double)cell[item] / predicted[item.Predicted];
            recall += (double)cell[item] / gold[item.Gold];
            n++;
        }
        if (n == 0) return 1;
        (precision, recall) = (precision / n, recall / n);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static (double Mean, double Sd) MeanAndSd(IReadOnlyList<double> xs)
    {
        double mean = xs.Average();
        return (mean, Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, xs.Count - 1)));
    }

    public (double Mean, double Sd) HeldOut => MeanAndSd(Folds.Select(f => f.HeldOutF1).ToList());

    public (double Mean, double Sd) DefaultHeldOut => MeanAndSd(Folds.Select(f => f.DefaultHeldOutF1).ToList());

    public string Format()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"cross-validation: {Folds.Sum(f => f.Events)} events in {Folds.Count} folds (sorted labels, event i in fold i mod {Folds.Count}), "
            + $"{Settings} settings of the story constants, each clustering all articles once");
        foreach (var (f, i) in Folds.Select((f, i) => (f, i + 1)))
            sb.AppendLine(c, $"fold {i}: {f.Events} events, {f.Articles} articles; chosen on the other folds (B³ F1 {f.TrainF1:0.000}): {f.FirstChosen}"
                + $"{(f.Tied > 1 ? $" and {f.Tied - 1} tied" : "")}; held out {f.HeldOutF1:0.000} ({f.HeldOutLow:0.000}-{f.HeldOutHigh:0.000}); shipped constants {f.DefaultHeldOutF1:0.000}");
        var (mean, sd) = HeldOut;
        var (defaultMean, defaultSd) = DefaultHeldOut;
        sb.AppendLine(c, $"held-out B³ F1 {mean:0.000} ± {sd:0.000} over folds (shipped constants on the same folds {defaultMean:0.000} ± {defaultSd:0.000}; "
            + $"on all labelled articles {DefaultF1:0.000})");
        return sb.ToString();
    }
}
