using System.Text.Json;

namespace Corroborate.Core.Claims;

/// <summary>One gold claim: the article's key (file name, or URL for JSON Lines records) and the annotated fields.</summary>
public sealed record GoldClaim(string Article, string Category, double Low, double High, string? Qualifier, string? Attribution, bool? Hedged, string? AsOf, int Line)
{
    /// <summary>Whether the gold file annotates as_of at all (null there means "no date").</summary>
    public bool HasAsOf { get; init; }
}

/// <summary>
/// Scores extracted claims against a gold file. A claim matches a gold claim of the same article when the
/// category and the value interval are equal; matching is one to one. The other fields are reported as
/// agreement rates over the matched pairs.
/// </summary>
public static class ClaimEvaluation
{
    public sealed record Predicted(string Article, NumericClaim Claim, string Sentence);

    public sealed record Result(int Gold, int Predicted, int Matched, IReadOnlyList<GoldClaim> Missed, IReadOnlyList<Predicted> Spurious,
        IReadOnlyDictionary<string, (int Agree, int Total)> Fields, IReadOnlyList<string> UnknownArticles)
    {
        public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
        public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Reads a JSON Lines gold file; a malformed line is reported with its number.</summary>
    public static IReadOnlyList<GoldClaim> ReadGold(string path)
    {
        var gold = new List<GoldClaim>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                gold.Add(new GoldClaim(
                    r.GetProperty("article").GetString()!, r.GetProperty("category").GetString()!,
                    r.GetProperty("value_low").GetDouble(), r.GetProperty("value_high").GetDouble(),
                    Str(r, "qualifier"), Str(r, "attribution"),
                    r.TryGetProperty("hedged", out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False ? h.GetBoolean() : null,
                    Str(r, "as_of"), n) { HasAsOf = r.TryGetProperty("as_of", out _) });
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{n}: not a gold claim ({e.Message})");
            }
        }
        return gold;
    }

    /// <summary>The key gold files use for an article: the URL of a JSON Lines record, else the file name.</summary>
    public static string KeyOf(Article a) =>
        a.Format == SourceFormat.JsonLines && a.Url is not null ? a.Url : System.IO.Path.GetFileName(a.Path ?? a.Id);

    public static Result Score(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Article> articles)
    {
        var predicted = articles.SelectMany(a => a.Claims.Select(c => new Predicted(KeyOf(a), c, a.Slice(c.Sentence)))).ToList();
        var keys = articles.Select(KeyOf).ToHashSet();
        var unmatched = predicted.ToList();
        var missed = new List<GoldClaim>();
        var fields = new Dictionary<string, (int Agree, int Total)>();
        foreach (var g in gold)
        {
            var match = unmatched.FirstOrDefault(p => p.Article == g.Article && NumericClaim.CategoryName(p.Claim.Category) == g.Category
                && Same(p.Claim.Low, g.Low) && Same(p.Claim.High, g.High));
            if (match is null) { missed.Add(g); continue; }
            unmatched.Remove(match);
            Tally(fields, "qualifier", g.Qualifier is null ? null : g.Qualifier == Quantities.Quantity.QualifierName(match.Claim.Qualifier));
            Tally(fields, "hedged", g.Hedged is null ? null : g.Hedged == match.Claim.Hedged);
            Tally(fields, "as_of", g.HasAsOf ? g.AsOf == match.Claim.AsOf : null);
            Tally(fields, "attribution", SameSource(g.Attribution, match.Claim.Attribution));
        }
        var unknown = gold.Select(g => g.Article).Distinct().Where(k => !keys.Contains(k)).ToList();
        return new Result(gold.Count, predicted.Count, predicted.Count - unmatched.Count, missed, unmatched, fields, unknown);
    }

    private static void Tally(Dictionary<string, (int Agree, int Total)> fields, string name, bool? agree)
    {
        if (agree is null) return;
        var (a, t) = fields.GetValueOrDefault(name);
        fields[name] = (a + (agree.Value ? 1 : 0), t + 1);
    }

    /// <summary>Sources agree when both are absent or one contains the other, ignoring case ("police" ~ "the police").</summary>
    private static bool SameSource(string? gold, string? predicted) =>
        gold is null || predicted is null
            ? gold is null && predicted is null
            : gold.Contains(predicted, StringComparison.OrdinalIgnoreCase) || predicted.Contains(gold, StringComparison.OrdinalIgnoreCase);

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
