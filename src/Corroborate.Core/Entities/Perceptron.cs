namespace Corroborate.Core.Entities;

/// <summary>
/// Averaged perceptron updates over a hashed weight table. Averaging is lazy: each weight remembers when it last
/// changed, so an update costs the same however many examples have been seen.
/// </summary>
internal sealed class Perceptron(float[] weights)
{
    private readonly double[] _totals = new double[weights.Length];
    private readonly int[] _stamps = new int[weights.Length];
    private int _clock = 1;

    public float[] Weights { get; } = weights;

    /// <summary>Marks one decision taken, right or wrong.</summary>
    public void Tick() => _clock++;

    public void Update(ReadOnlySpan<int> features, int gold, int predicted)
    {
        Add(features, gold, 1);
        Add(features, predicted, -1);
    }

    public void Add(ReadOnlySpan<int> features, int tag, float delta)
    {
        foreach (int b in features) Add(b * EntityTags.Count + tag, delta);
    }

    private void Add(int index, float delta)
    {
        _totals[index] += (double)(_clock - _stamps[index]) * Weights[index];
        _stamps[index] = _clock;
        Weights[index] += delta;
    }

    /// <summary>The weights averaged over every decision so far.</summary>
    public float[] Averaged()
    {
        var averaged = new float[Weights.Length];
        for (int i = 0; i < averaged.Length; i++)
            averaged[i] = (float)((_totals[i] + (double)(_clock - _stamps[i]) * Weights[i]) / _clock);
        return averaged;
    }
}
