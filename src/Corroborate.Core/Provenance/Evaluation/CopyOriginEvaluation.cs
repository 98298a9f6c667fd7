using System.Globalization;
using System.Text;

namespace Corroborate.Core.Provenance.Evaluation;

/// <summary>What two publication dates say about which of two articles came first.</summary>
public enum DateOrder
{
    /// <summary>Both dated, and the dates differ: the earlier is the origin.</summary>
    Decides,
    /// <summary>Both dated at the same moment, or on the same day where one date has no time.</summary>
    Same,
    /// <summary>A date is missing.</summary>
    Undated,
}

public static class PublicationDates
{
    /// <summary>
    /// Compares two publication dates at the precision of the coarser one. A stamp of exactly midnight is a
    /// date without a time (news-please and many feeds write day-only dates so): it orders only against another day.
    /// </summary>
    public static DateOrder Compare(DateTimeOffset? a, DateTimeOffset? b)
    {
        if (a is not { } x || b is not { } y) return DateOrder.Undated;
        bool dayOnly = x.TimeOfDay == TimeSpan.Zero || y.TimeOfDay == TimeSpan.Zero;
        bool same = dayOnly ? x.Date == y.Date : x == y;
        return same ? DateOrder.Same : DateOrder.Decides;
    }
}

/// <summary>Copy pairs whose origin was scored, and how many of them name the right article.</summary>
public readonly record struct OriginCounts(int Pairs, int Right)
{
    public double Share => Pairs == 0 ? 1 : (double)Right / Pairs;

    public OriginCounts Add(bool right) => new(Pairs + 1, Right + (right ? 1 : 0));

    public static OriginCounts operator +(OriginCounts a, OriginCounts b) => new(a.Pairs + b.Pairs, a.Right + b.Right);
}

/// <summary>A real copy of direction judged by reading: <see cref="UrlCopy"/> took its text from <see cref="UrlOrigin"/>.</summary>
public sealed record JudgedOrigin(string UrlOrigin, string UrlCopy, string Split);

/// <summary>
/// Scores the origin the detector names for real copies of known direction (samples/realnews-copies/origins.tsv),
/// apart from detection: over the judged copies found at the threshold, split by what their dates say.
/// Only where <see cref="DateOrder.Decides"/> is the figure a measure of the rule; elsewhere it shows
/// what the detector's fallback does.
/// </summary>
public sealed class CopyOriginEvaluation
{
    public required int Judged { get; init; }
    public required int NotFound { get; init; }
    public required IReadOnlyDictionary<DateOrder, OriginCounts> ByDates { get; init; }
    /// <summary>Found copies whose origin was named wrongly, as urls, with what their dates say.</summary>
    public required IReadOnlyList<(JudgedOrigin Origin, DateOrder Dates)> Wrong { get; init; }

    public OriginCounts Of(DateOrder dates) => ByDates.GetValueOrDefault(dates);

    /// <summary>Reads the gold: a header, then url_origin, url_copy, split and a note, tab-separated.</summary>
    public static IReadOnlyList<JudgedOrigin> ReadGold(string path)
    {
        return GoldLines.ReadTable(path, "url_origin, url_copy, split (tab-separated)",
            cells => cells.Length < 3 ? null : new JudgedOrigin(cells[0], cells[1], cells[2]));
    }

    /// <param name="articleOfUrl">The stored article of each input url; judged copies missing an article are left out.</param>
    public static CopyOriginEvaluation Score(
        IReadOnlyList<JudgedOrigin> gold, IReadOnlyDictionary<string, Article> articleOfUrl, IReadOnlyList<CopyPair> stored,
        double threshold)
    {
        var judged = gold.Where(g => articleOfUrl.ContainsKey(g.UrlOrigin) && articleOfUrl.ContainsKey(g.UrlCopy))
            .ToList();
        var found = stored.Where(p => p.Similarity >= threshold).ToDictionary(p => PairKey.Of(p.A, p.B));
        var byDates = new Dictionary<DateOrder, OriginCounts>();
        var wrong = new List<(JudgedOrigin, DateOrder)>();
        int notFound = 0;
        foreach (var g in judged)
        {
            var (origin, copy) = (articleOfUrl[g.UrlOrigin], articleOfUrl[g.UrlCopy]);
            if (!found.TryGetValue(PairKey.Of(origin.Id, copy.Id), out var pair))
            {
                notFound++;
                continue;
            }
            var dates = PublicationDates.Compare(origin.Published, copy.Published);
            bool right = pair.Origin == origin.Id;
            byDates[dates] = byDates.GetValueOrDefault(dates).Add(right);
            if (!right) wrong.Add((g, dates));
        }
        return new CopyOriginEvaluation
        {
            Judged = judged.Count, NotFound = notFound, ByDates = byDates, Wrong = wrong,
        };
    }


    public string Format()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        var (decides, same, undated) = (Of(DateOrder.Decides), Of(DateOrder.Same), Of(DateOrder.Undated));
        sb.AppendLine(c, $"origin: {Judged} copies of judged direction, {NotFound} not found as copies");
        sb.AppendLine(c, $"origin decidable (dates differ) for {decides.Pairs} copies: "
            + $"right {decides.Right} ({decides.Share:0.0%})");
        var notDecidable = same + undated;
        sb.AppendLine(c, $"origin not decidable for {notDecidable.Pairs} copies ({same.Pairs} same moment or day, "
            + $"{undated.Pairs} a date missing): the detector's fallback named the origin for {notDecidable.Right}");
        foreach (var (g, dates) in Wrong)
        {
            string why = dates == DateOrder.Decides ? "dates decide" : "not decidable";
            sb.AppendLine(c, $"wrong origin ({why}): named {g.UrlCopy} for {g.UrlOrigin}");
        }
        return sb.ToString();
    }
}
