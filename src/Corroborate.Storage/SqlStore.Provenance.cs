using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Corroborate.Core;
using Corroborate.Core.Provenance;

namespace Corroborate.Storage;

/// <summary>The provenance tables (migration 002): fingerprints, LSH buckets and copied pairs.</summary>
public abstract partial class SqlStore
{
    public IReadOnlyList<string> ListUnfingerprintedArticles()
    {
        using var cmd = Command("SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM provenance_fingerprints f WHERE f.seq = a.seq) ORDER BY seq");
        return Read(cmd, r => r.GetString(0));
    }

    public IReadOnlyList<string> FindCopyCandidates(IReadOnlyCollection<uint> bandKeys)
    {
        if (bandKeys.Count == 0) return [];
        // The keys are numbers we computed, so they are written into the SQL as literals: the same text works in both dialects.
        string keys = string.Join(",", bandKeys.Select(k => k.ToString(CultureInfo.InvariantCulture)));
        // As in the in-memory index, a bucket yields at most LshIndex.MaxBucket articles (its earliest).
        using var cmd = Command($"""
            SELECT id FROM articles WHERE seq IN (
                SELECT seq FROM (
                    SELECT seq, ROW_NUMBER() OVER (PARTITION BY band_key ORDER BY seq) AS n
                    FROM provenance_buckets WHERE band_key IN ({keys})) AS bucket
                WHERE n <= {LshIndex.MaxBucket})
            ORDER BY seq
            """);
        return Read(cmd, r => r.GetString(0));
    }

    public void SaveProvenance(IReadOnlyList<ArticleFingerprint> fingerprints, IReadOnlyList<CopyPair> copies) => Write(tx =>
    {
        var seqs = SeqsOf(fingerprints.Select(f => f.ArticleId).ToList(), tx);
        using var rows = Statements(tx);
        foreach (var f in fingerprints)
        {
            if (!seqs.TryGetValue(f.ArticleId, out long seq)) throw new StoreException($"cannot fingerprint article {f.ArticleId}: it is not stored");
            rows.Add("INSERT INTO provenance_fingerprints (seq) VALUES (@seq) ON CONFLICT DO NOTHING", ("seq", seq));
            foreach (uint key in f.BandKeys)
                rows.Add("INSERT INTO provenance_buckets (band_key, seq) VALUES (@key, @seq) ON CONFLICT DO NOTHING", ("key", (long)key), ("seq", seq));
        }
        foreach (var pair in copies)
            rows.Add("""
                INSERT INTO provenance_copies (a, b, similarity, coverage_a, coverage_b, passages)
                VALUES (@a, @b, @similarity, @coverage_a, @coverage_b, @passages)
                ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity, coverage_a = excluded.coverage_a,
                    coverage_b = excluded.coverage_b, passages = excluded.passages
                """, ("a", pair.A), ("b", pair.B), ("similarity", pair.Similarity), ("coverage_a", pair.CoverageA),
                ("coverage_b", pair.CoverageB), ("passages", EncodePassages(pair)));
        rows.Execute();
    });

    private Dictionary<string, long> SeqsOf(IReadOnlyCollection<string> ids, DbTransaction tx)
    {
        if (ids.Count == 0) return [];
        using var cmd = Command($"SELECT id, seq FROM articles WHERE id IN {IdListSql("ids")}", tx);
        BindIdList(cmd, "ids", ids);
        return Read(cmd, r => (Id: r.GetString(0), Seq: Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture))).ToDictionary(r => r.Id, r => r.Seq);
    }

    public IReadOnlyList<CopyPair> GetCopies(double minSimilarity = 0)
    {
        using var cmd = Command("""
            SELECT c.a, c.b, c.similarity, c.coverage_a, c.coverage_b, c.passages
            FROM provenance_copies c JOIN articles x ON x.id = c.a JOIN articles y ON y.id = c.b
            WHERE c.similarity >= @min
            ORDER BY x.seq, y.seq
            """);
        Bind(cmd, "min", minSimilarity);
        return Read(cmd, ReadCopy);
    }

    public IReadOnlyList<CopyPair> GetCopiesAmong(IReadOnlyCollection<string> articleIds)
    {
        if (articleIds.Count == 0) return [];
        // One list in the query, looked up through the key's first column; the other end is checked here (with both
        // lists in the query, SQLite scanned one list for every pair: 30 s for 10,000 articles).
        using var cmd = Command($"""
            SELECT c.a, c.b, c.similarity, c.coverage_a, c.coverage_b, c.passages
            FROM provenance_copies c JOIN articles x ON x.id = c.a JOIN articles y ON y.id = c.b
            WHERE c.a IN {IdListSql("ids")}
            ORDER BY x.seq, y.seq
            """);
        BindIdList(cmd, "ids", articleIds);
        var among = articleIds as IReadOnlySet<string> ?? articleIds.ToHashSet(StringComparer.Ordinal);
        return Read(cmd, ReadCopy).Where(c => among.Contains(c.B)).ToList();
    }

    private static CopyPair ReadCopy(DbDataReader r)
    {
        string a = r.GetString(0), b = r.GetString(1);
        return new CopyPair(a, b, r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), DecodePassages(r.GetString(5), a, b));
    }

    // Each passage as [a_start, a_end, b_start, b_end, origin] with origin 0 for A and 1 for B.
    private static string EncodePassages(CopyPair pair) => JsonSerializer.Serialize(
        pair.Passages.Select(p => new[] { p.A.Start, p.A.End, p.B.Start, p.B.End, p.Origin == pair.A ? 0 : 1 }));

    private static List<SharedPassage> DecodePassages(string json, string a, string b) =>
        JsonSerializer.Deserialize<int[][]>(json)!
            .Select(p => new SharedPassage(new TextSpan(p[0], p[1]), new TextSpan(p[2], p[3]), p[4] == 0 ? a : b))
            .ToList();
}
