using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corroborate.Core.Claims;

/// <summary>
/// One gold claim: the article's key (file name, or URL for JSON Lines records) and the annotated fields. Gold
/// written with the claim frame (docs/claims-gold-guidelines.md) has a sentence and the frame fields; older gold
/// has a category and annotates counts of people, money and percentages only.
/// </summary>
public sealed record GoldClaim(string Article, string Category, double Low, double High, string? Qualifier, string? Attribution, bool? Hedged, string? AsOf, int Line)
{
    /// <summary>Whether the gold file annotates as_of at all (null there means "no date").</summary>
    public bool HasAsOf { get; init; }
    public string? Sentence { get; init; }
    public string? Quote { get; init; }
    /// <summary>The frame fields, present only in frame gold (null values are annotations too: "no group").</summary>
    public GoldFrame? Frame { get; init; }
}

public sealed record GoldFrame(string Measure, string? Group, string? Condition, string Scope, string? Trend);

/// <summary>
/// Scores extracted claims against a gold file. A claim matches a gold claim of the same article when the value
/// interval is equal and, for frame gold, the sentences are the same (allowing for a different split), else when
/// the category is equal; matching is one to one and prefers the same category. The other fields are reported
/// as agreement rates over the matched pairs.
/// </summary>
public static partial class ClaimEvaluation
{
    public sealed record Predicted(string Article, NumericClaim Claim, string Sentence);

    public sealed record Result(int Gold, int Predicted, int Matched, IReadOnlyList<GoldClaim> Missed, IReadOnlyList<Predicted> Spurious,
        IReadOnlyDictionary<string, (int Agree, int Total)> Fields, IReadOnlyList<string> UnknownArticles,
        IReadOnlyList<(GoldClaim Gold, Predicted Claim, IReadOnlyList<string> Disagreements)> Differences)
    {
        public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
        public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Reads a JSON Lines gold file; a malformed line is reported with its number.</summary>
    public static IReadOnlyList<GoldClaim> ReadGold(string path) => GoldLines.Read(path, "a gold claim", ReadClaim);

    private static GoldClaim ReadClaim(JsonElement r, int line)
    {
        GoldFrame? frame = r.TryGetProperty("measure", out var m)
            ? new GoldFrame(m.GetString()!, Str(r, "group"), Str(r, "condition"), Str(r, "scope") ?? "total", Str(r, "trend"))
            : null;
        string category = Str(r, "category") ?? ClaimFrame.CategoryOf(frame?.Measure ?? throw new KeyNotFoundException("no category or measure"));
        return new GoldClaim(
            r.GetProperty("article").GetString()!, category,
            r.GetProperty("value_low").GetDouble(), r.GetProperty("value_high").GetDouble(),
            Str(r, "qualifier"), Str(r, "attribution"),
            r.TryGetProperty("hedged", out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False ? h.GetBoolean() : null,
            Str(r, "as_of"), line)
        {
            HasAsOf = r.TryGetProperty("as_of", out _),
            Sentence = Str(r, "sentence"),
            Quote = Str(r, "quote"),
            Frame = frame,
        };
    }

    /// <summary>The key gold files use for an article: the URL of a JSON Lines record, else the file name.</summary>
    public static string KeyOf(Article a) =>
        a.Format == SourceFormat.JsonLines && a.Url is not null ? a.Url : System.IO.Path.GetFileName(a.Path ?? a.Id);

    public static Result Score(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Article> articles)
    {
        bool frameGold = gold.Any(g => g.Frame is not null);
        var predicted = articles.SelectMany(a => a.Claims.Select(c => new Predicted(KeyOf(a), c, a.Slice(c.Sentence))))
            // Older gold annotates counts of people, money and percentages only; other predicted claims are not scored against it.
            .Where(p => frameGold || ClaimFrame.CountsPeopleMoneyOrShares(p.Claim.Measure))
            .ToList();
        var keys = articles.Select(KeyOf).ToHashSet();
        var unmatched = predicted.ToList();
        var missed = new List<GoldClaim>();
        var differences = new List<(GoldClaim, Predicted, IReadOnlyList<string>)>();
        var fields = new Dictionary<string, (int Agree, int Total)>();
        foreach (var g in gold)
        {
            var candidates = unmatched.Where(p => p.Article == g.Article && Same(p.Claim.Low, g.Low) && Same(p.Claim.High, g.High)
                && (g.Sentence is null ? NumericClaim.CategoryName(p.Claim.Category) == g.Category : SameSentence(g.Sentence, p.Sentence))).ToList();
            var match = candidates.FirstOrDefault(p => NumericClaim.CategoryName(p.Claim.Category) == g.Category) ?? candidates.FirstOrDefault();
            if (match is null) { missed.Add(g); continue; }
            unmatched.Remove(match);
            var c = match.Claim;
            var disagreements = new List<string>();
            void Check(string name, bool? agree, string detail)
            {
                if (agree is null) return;
                Tally(fields, name, agree.Value);
                if (!agree.Value) disagreements.Add(detail);
            }
            Check("category", g.Sentence is null ? null : g.Category == NumericClaim.CategoryName(c.Category), $"category {g.Category}≠{NumericClaim.CategoryName(c.Category)}");
            Check("qualifier", g.Qualifier is null ? null : g.Qualifier == Quantities.Quantity.QualifierName(c.Qualifier), $"qualifier {g.Qualifier}≠{Quantities.Quantity.QualifierName(c.Qualifier)}");
            Check("hedged", g.Hedged is null ? null : g.Hedged == c.Hedged, $"hedged {g.Hedged}≠{c.Hedged}");
            Check("as_of", g.HasAsOf ? g.AsOf == c.AsOf : null, $"as_of {g.AsOf}≠{c.AsOf}");
            Check("attribution", g.Frame is null ? SameSource(g.Attribution, c.Attribution) : null, $"attribution {g.Attribution}≠{c.Attribution}");
            if (g.Frame is { } f)
            {
                Check("measure", SameWord(f.Measure, c.Measure), $"measure {f.Measure}≠{c.Measure}");
                Check("group", SameWord(f.Group, c.Group), $"group {f.Group ?? "-"}≠{c.Group ?? "-"}");
                Check("condition", f.Condition == c.Condition, $"condition {f.Condition ?? "-"}≠{c.Condition ?? "-"}");
                Check("scope", f.Scope == NumericClaim.ScopeName(c.Scope), $"scope {f.Scope}≠{NumericClaim.ScopeName(c.Scope)}");
                Check("trend", f.Trend == c.Trend, $"trend {f.Trend ?? "-"}≠{c.Trend ?? "-"}");
            }
            if (disagreements.Count > 0) differences.Add((g, match, disagreements));
        }
        var unknown = gold.Select(g => g.Article).Distinct().Where(k => !keys.Contains(k)).ToList();
        return new Result(gold.Count, predicted.Count, predicted.Count - unmatched.Count, missed, unmatched, fields, unknown, differences);
    }

    private static void Tally(Dictionary<string, (int Agree, int Total)> fields, string name, bool agree)
    {
        var (a, t) = fields.GetValueOrDefault(name);
        fields[name] = (a + (agree ? 1 : 0), t + 1);
    }

    /// <summary>Sources agree when both are absent or one contains the other, ignoring case ("police" ~ "the police").</summary>
    private static bool SameSource(string? gold, string? predicted) =>
        gold is null || predicted is null
            ? gold is null && predicted is null
            : gold.Contains(predicted, StringComparison.OrdinalIgnoreCase) || predicted.Contains(gold, StringComparison.OrdinalIgnoreCase);

    /// <summary>Measures and groups agree ignoring case, articles and a plural s ("US citizens" ~ "us citizen").</summary>
    private static bool SameWord(string? gold, string? predicted) =>
        gold is null || predicted is null ? gold is null && predicted is null : WordKey(gold) == WordKey(predicted);

    private static string WordKey(string s) =>
        string.Join(' ', Words(s).Where(w => w is not ("the" or "a" or "an")).Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w));

    /// <summary>
    /// The gold sentence and the predicted claim's sentence are the same when most words of the shorter are in the
    /// longer: sentence splitters differ on captions, quotes and abbreviations.
    /// </summary>
    public static bool SameSentence(string gold, string predicted)
    {
        var g = Words(gold).ToHashSet();
        var p = Words(predicted).ToHashSet();
        if (g.Count == 0 || p.Count == 0) return false;
        int shared = g.Count(p.Contains);
        return shared >= 0.6 * Math.Min(g.Count, p.Count);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private static IEnumerable<string> Words(string s) => WordPattern().Matches(s.ToLowerInvariant()).Select(m => m.Value);

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
