using System.Numerics;

namespace Corroborate.Core.Entities;

/// <summary>
/// The rows of the hashed weight table (<see cref="EntityTags.Count"/> weights per bucket) as the decoder reads them.
/// Training reads the dense table it is updating. Tagging reads a packed copy that keeps only the rows with a
/// non-zero weight: in the shipped model one bucket in fourteen, so about 3 MB instead of 36 MB, and the feature
/// lookups that missed the cache on every row now mostly hit it. A bitmap of the rows present (128 KB) and the
/// count of present rows before each 64-row block find a row's place by rank. A row that is not stored holds only
/// zeros, and adding zeros changes no score, so tagging gives bit for bit the same scores either way.
/// </summary>
internal sealed class WeightRows
{
    private const int C = EntityTags.Count;
    private readonly float[] _rows;
    /// <summary>Bit b of word b / 64 is set when bucket b has a stored row; null for the dense table.</summary>
    private readonly ulong[]? _present;
    /// <summary>How many rows are stored for the buckets before each 64-bucket block.</summary>
    private readonly int[]? _rowsBefore;

    private WeightRows(float[] rows, ulong[]? present, int[]? rowsBefore) => (_rows, _present, _rowsBefore) = (rows, present, rowsBefore);

    /// <summary>The table itself, so that updates to <paramref name="weights"/> are seen at once.</summary>
    public static WeightRows Dense(float[] weights) => new(weights, null, null);

    /// <summary>A packed copy of fixed weights.</summary>
    public static WeightRows Packed(float[] weights)
    {
        int buckets = weights.Length / C;
        var present = new ulong[(buckets + 63) / 64];
        var rowsBefore = new int[present.Length];
        var rows = new List<float>();
        for (int block = 0; block < present.Length; block++)
        {
            rowsBefore[block] = rows.Count / C;
            for (int bucket = block * 64; bucket < Math.Min(buckets, block * 64 + 64); bucket++)
            {
                ReadOnlySpan<float> row = weights.AsSpan(bucket * C, C);
                if (!row.ContainsAnyExcept(0f)) continue;
                present[block] |= 1UL << bucket;
                rows.AddRange(row);
            }
        }
        return new WeightRows([.. rows], present, rowsBefore);
    }

    /// <summary>Adds the weights of <paramref name="bucket"/> into <paramref name="scores"/> (one per tag).</summary>
    public void AddRow(int bucket, Span<float> scores)
    {
        if (_present is null)
        {
            Add(_rows.AsSpan(bucket * C, C), scores);
            return;
        }
        ulong block = _present[bucket >> 6], bit = 1UL << bucket;
        if ((block & bit) == 0) return;
        int row = _rowsBefore![bucket >> 6] + BitOperations.PopCount(block & (bit - 1));
        Add(_rows.AsSpan(row * C, C), scores);
    }

    /// <summary>Element by element, so that each score sums its weights in the same order however it is vectorised.</summary>
    private static void Add(ReadOnlySpan<float> from, Span<float> into)
    {
        int k = 0;
        for (; k + Vector<float>.Count <= from.Length; k += Vector<float>.Count)
            (new Vector<float>(into[k..]) + new Vector<float>(from[k..])).CopyTo(into[k..]);
        for (; k < from.Length; k++) into[k] += from[k];
    }
}
