using System.Globalization;
using System.Text;

namespace Corroborate.Core.Stories;

/// <summary>A setting of the story constants the cross-validation may choose, with a name to print.</summary>
public sealed record StorySetting(string Name, StoryOptions Options);

/// <summary>One fold: the settings chosen on the other folds' events and what they score on this fold's.</summary>
public sealed record StoryFold(
    int Events, int Articles, int Tied, string FirstChosen,
    double TrainF1, double HeldOutF1, double HeldOutLow, double HeldOutHigh, double DefaultHeldOutF1);

/// <summary>
/// A cross-validated estimate of story or topic clustering (B³ F1) for constants chosen on labelled events
/// (or topics): the events, in ordinal order of their labels, are dealt into k folds (event i into fold
/// i mod k, so k = 2 is the even/odd split); every setting of a small grid clusters all articles once
/// (clustering reads no label); per fold, the settings with the best B³ F1 over the other folds' articles
/// are chosen, and their B³ F1 over this fold's articles is the held-out figure, averaged over tied settings
/// (the spread of the tied settings is kept: ties are common on a few hundred articles). The defaults are
/// scored on the same folds for comparison.
/// </summary>
public sealed class StoryCrossValidation
{
    public required string Level { get; init; }
    public required int Settings { get; init; }
    public required IReadOnlyList<StoryFold> Folds { get; init; }
    /// <summary>
    /// The estimate: every article scored once, in its held-out fold, under the settings chosen without it
    /// (per-article B³ precision and recall pooled over the folds, so small folds weigh as little as they hold).
    /// </summary>
    public required double PooledF1 { get; init; }
    /// <summary>The shipped constants on all labelled articles, clustered in memory as here.</summary>
    public required double DefaultF1 { get; init; }

    /// <summary>
    /// The grid for stories: the story join threshold, the follow-up cosine and the story decay days, the merge
    /// threshold and the headline and entity boosts, each around its shipped value (216 settings).
    /// </summary>
    public static IReadOnlyList<StorySetting> StoryGrid()
    {
        var d = StoryOptions.Default;
        var settings = new List<StorySetting>();
        foreach (double join in (double[])[0.12, 0.15, 0.18])
        foreach (double followUp in (double[])[0.25, 0.3, 0.35])
        foreach (double decay in (double[])[14, 21, 28])
        foreach (double merge in (double[])[0.45, 0.6])
        foreach (var (title, entity, boosts) in Boosts())
        {
            var options = d with
            {
                Stories = d.Stories with
                {
                    JoinThreshold = join, FollowUpCosine = followUp, DecayDays = decay, MergeThreshold = merge,
                },
                TitleBoost = title,
                EntityBoost = entity,
            };
            string name = string.Create(CultureInfo.InvariantCulture,
                $"join {join}, follow-up {followUp}, decay {decay}, merge {merge}, {boosts}");
            settings.Add(new StorySetting(name, options));
        }
        return settings;
    }

    /// <summary>
    /// The grid for topics: the topic join threshold and centroid size, the story join threshold (an article
    /// joining a story goes to its topic) and the headline and entity boosts (72 settings).
    /// </summary>
    public static IReadOnlyList<StorySetting> TopicGrid()
    {
        var d = StoryOptions.Default;
        var settings = new List<StorySetting>();
        foreach (double join in (double[])[0.08, 0.10, 0.12])
        foreach (int terms in (int[])[300, 500])
        foreach (double storyJoin in (double[])[0.12, 0.15, 0.18])
        foreach (var (title, entity, boosts) in Boosts())
        {
            var options = d with
            {
                Topics = d.Topics with { JoinThreshold = join, CentroidTerms = terms },
                Stories = d.Stories with { JoinThreshold = storyJoin },
                TitleBoost = title,
                EntityBoost = entity,
            };
            string name = string.Create(CultureInfo.InvariantCulture,
                $"topic join {join}, {terms} centroid terms, story join {storyJoin}, {boosts}");
            settings.Add(new StorySetting(name, options));
        }
        return settings;
    }

    private static IEnumerable<(double Title, double Entity, string Name)> Boosts() =>
        from title in (double[])[2, 3]
        from entity in (double[])[1.5, 2]
        select (title, entity, string.Create(CultureInfo.InvariantCulture, $"title ×{title}, entities ×{entity}"));

    /// <param name="articles">The articles through the pipeline (with their entity mentions), one per id.</param>
    /// <param name="labelOf">The gold story label of an article, null when it has none.</param>
    /// <param name="topics">Score topics instead of stories.</param>
    public static StoryCrossValidation Run(
        IReadOnlyList<Article> articles, Func<Article, string?> labelOf, int folds, IReadOnlyList<StorySetting> grid,
        bool topics = false)
    {
        var labelled = articles.Select(a => (a.Id, Label: labelOf(a)))
            .Where(x => x.Label is not null).Select(x => (x.Id, Label: x.Label!)).ToList();
        var events = labelled.Select(x => x.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        if (events.Count < folds)
            throw new ArgumentException($"{events.Count} labelled events cannot fill {folds} folds");
        var foldOf = events.Select((e, i) => (e, i % folds)).ToDictionary(x => x.e, x => x.Item2);

        Func<string, int?> Clustering(StoryOptions options)
        {
            var placed = StoryStage.PlaceInMemory(articles, options);
            return id => placed(id) is { } p ? (topics ? p.Topic : p.Story) : null;
        }
        var itemsBySetting = grid.Select(s => Items(Clustering(s.Options), labelled)).ToList();
        var defaults = Items(Clustering(StoryOptions.Default), labelled);

        var result = new List<StoryFold>();
        var pooled = new BCubedSums();
        for (int fold = 0; fold < folds; fold++)
        {
            bool Held(string label) => foldOf[label] == fold;
            var train = itemsBySetting.Select(items => BCubed(items, label => !Held(label)).F1).ToList();
            double best = train.Max();
            var chosen = Enumerable.Range(0, grid.Count).Where(i => train[i] >= best - 1e-12).ToList();
            var heldOut = chosen.Select(i => BCubed(itemsBySetting[i], Held)).ToList();
            pooled += heldOut.Aggregate(new BCubedSums(), (sum, x) => sum + x) / chosen.Count;
            var f1 = heldOut.Select(x => x.F1).ToList();
            result.Add(new StoryFold(
                Events: foldOf.Count(x => x.Value == fold), Articles: labelled.Count(x => Held(x.Label)),
                Tied: chosen.Count, FirstChosen: grid[chosen[0]].Name, TrainF1: best,
                HeldOutF1: f1.Average(), HeldOutLow: f1.Min(), HeldOutHigh: f1.Max(),
                DefaultHeldOutF1: BCubed(defaults, Held).F1));
        }
        return new StoryCrossValidation
        {
            Level = topics ? "topic" : "story",
            Settings = grid.Count,
            Folds = result,
            PooledF1 = pooled.F1,
            DefaultF1 = BCubed(defaults, _ => true).F1,
        };
    }

    private static List<(string Predicted, string Gold)> Items(
        Func<string, int?> clusterOf, IReadOnlyList<(string Id, string Label)> labelled) =>
        labelled.Where(x => clusterOf(x.Id) is not null)
            .Select(x => (clusterOf(x.Id)!.Value.ToString(CultureInfo.InvariantCulture), x.Label)).ToList();

    /// <summary>
    /// B³ over the articles of the counted events only, each article scored against its whole predicted
    /// cluster: an article of another fold in its cluster costs precision, so a cluster joining events of two
    /// folds is not hidden, and the folds' sums add up to the sums over all articles.
    /// </summary>
    private static BCubedSums BCubed(IReadOnlyList<(string Predicted, string Gold)> items, Func<string, bool> counted)
    {
        var cell = items.CountBy(x => x).ToDictionary();
        var predicted = items.CountBy(x => x.Predicted).ToDictionary();
        var gold = items.CountBy(x => x.Gold).ToDictionary();
        var sums = new BCubedSums();
        foreach (var item in items.Where(x => counted(x.Gold)))
        {
            double together = cell[item];
            sums += new BCubedSums(together / predicted[item.Predicted], together / gold[item.Gold], 1);
        }
        return sums;
    }

    /// <summary>Per-article B³ precision and recall summed over articles (a fractional count once averaged).</summary>
    private readonly record struct BCubedSums(double Precision, double Recall, double Articles)
    {
        public double F1
        {
            get
            {
                if (Articles == 0) return 1;
                double p = Precision / Articles, r = Recall / Articles;
                return p + r == 0 ? 0 : 2 * p * r / (p + r);
            }
        }

        public static BCubedSums operator +(BCubedSums a, BCubedSums b) =>
            new(a.Precision + b.Precision, a.Recall + b.Recall, a.Articles + b.Articles);

        public static BCubedSums operator /(BCubedSums a, double n) =>
            new(a.Precision / n, a.Recall / n, a.Articles / n);
    }

    public (double Mean, double Sd) HeldOut => Spread.MeanAndSd(Folds.Select(f => f.HeldOutF1).ToList());

    public (double Mean, double Sd) DefaultHeldOut => Spread.MeanAndSd(Folds.Select(f => f.DefaultHeldOutF1).ToList());

    public string Format()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        string clusters = Level == "topic" ? "topics" : "events";
        int k = Folds.Count;
        sb.AppendLine(c, $"cross-validation: {Folds.Sum(f => f.Events)} {clusters} in {k} folds "
            + $"(sorted labels, the i-th in fold i mod {k}), {Settings} settings of the {Level} constants, "
            + $"each clustering all articles once");
        foreach (var (f, i) in Folds.Select((f, i) => (f, i + 1)))
        {
            string tied = f.Tied > 1 ? $" and {f.Tied - 1} tied" : "";
            sb.AppendLine(c, $"fold {i}: {f.Events} {clusters}, {f.Articles} articles; "
                + $"chosen on the other folds (B³ F1 {f.TrainF1:0.000}): {f.FirstChosen}{tied}; "
                + $"held out {f.HeldOutF1:0.000} ({f.HeldOutLow:0.000}-{f.HeldOutHigh:0.000}); "
                + $"shipped constants {f.DefaultHeldOutF1:0.000}");
        }
        var (mean, sd) = HeldOut;
        var (defaultMean, defaultSd) = DefaultHeldOut;
        sb.AppendLine(c, $"cross-validated B³ F1 {PooledF1:0.000} (every article scored in its held-out fold); "
            + $"per fold {mean:0.000} ± {sd:0.000}, shipped constants {defaultMean:0.000} ± {defaultSd:0.000}; "
            + $"shipped constants on all articles {DefaultF1:0.000}");
        return sb.ToString();
    }
}
