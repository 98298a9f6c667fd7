namespace Corroborate.Core.Text;

/// <summary>
/// The characters of a text that kept matches already cover. Finders that keep the longest of overlapping
/// matches test each candidate here, in time proportional to its length, where comparing it with every kept
/// match made the whole pass quadratic in the number of matches.
/// </summary>
public sealed class TakenCharacters(int textLength)
{
    private readonly bool[] _taken = new bool[textLength];

    public void Take(TextSpan span) => _taken.AsSpan(span.Start, span.Length).Fill(true);

    /// <summary>Takes <paramref name="span"/> if none of its characters is taken yet; whether it did.</summary>
    public bool TryTake(TextSpan span)
    {
        var chars = _taken.AsSpan(span.Start, span.Length);
        if (chars.Contains(true)) return false;
        chars.Fill(true);
        return true;
    }
}
