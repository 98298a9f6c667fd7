using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Corroborate.Core.Extraction;

/// <summary>
/// A logistic-regression scorer over a page's blocks (features in <see cref="ScoredPage"/>): the probability
/// that a block belongs to the article. It has the last word over the heuristic's choice, which is one of
/// its features. Trained by <see cref="BlockScorerTrainer"/> (`corroborate train extraction`); the model
/// trained on the extraction-dev pages ships inside the library as models/extraction.bin.gz.
/// </summary>
public sealed class BlockScorer
{
    private const string ResourceName = "Corroborate.Models.extraction.bin.gz";
    private const string Magic = "CXBS";
    private const int FormatVersion = 1;
    private const double Threshold = 0.5;
    private static readonly Lazy<BlockScorer?> ShippedModel = new(LoadShipped);

    private readonly float[] _weights;

    internal BlockScorer(float[] weights)
    {
        if (weights.Length != ScoredPage.Dimensions)
            throw new ArgumentException("weights do not fit the feature set", nameof(weights));
        _weights = weights;
    }

    /// <summary>The model built into this library, or null without one (the heuristic then decides alone).</summary>
    public static BlockScorer? Shipped => ShippedModel.Value;

    internal double Probability(ReadOnlySpan<Feature> features)
    {
        double z = 0;
        foreach (var f in features) z += _weights[f.Index] * f.Value;
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The blocks of the page the scorer takes for article text, in page order.</summary>
    internal List<TextBlock> Select(HeuristicChoice choice, string? title)
    {
        var describer = new ScoredPage.Describer(choice, title);
        var blocks = choice.Page.Blocks;
        var chosen = new List<TextBlock>();
        for (int i = 0; i < blocks.Count; i++)
            if (Probability(CollectionsMarshal.AsSpan(describer.Describe(i))) >= Threshold) chosen.Add(blocks[i]);
        return chosen;
    }

    /// <summary>The same choice on a page whose features were kept (training and cross-validation).</summary>
    internal List<TextBlock> Select(ScoredPage page)
    {
        var chosen = new List<TextBlock>();
        for (int i = 0; i < page.Blocks.Count; i++)
            if (Probability(page.Features[i]) >= Threshold) chosen.Add(page.Blocks[i]);
        return chosen;
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_weights.Length);
        foreach (float w in _weights) writer.Write(w);
    }

    /// <exception cref="InvalidDataException">The stream is not a block scorer for this feature set.</exception>
    public static BlockScorer Load(Stream stream)
    {
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
                throw new InvalidDataException("not an extraction block scorer (or an older format)");
            int count = reader.ReadInt32();
            if (count != ScoredPage.Dimensions)
                throw new InvalidDataException(
                    $"the model has {count} weights but this build needs {ScoredPage.Dimensions}: retrain it");
            var weights = new float[count];
            for (int i = 0; i < count; i++) weights[i] = reader.ReadSingle();
            return new BlockScorer(weights);
        }
        catch (EndOfStreamException) { throw new InvalidDataException("the extraction model is truncated"); }
    }

    private static BlockScorer? LoadShipped()
    {
        using var stream = typeof(BlockScorer).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
