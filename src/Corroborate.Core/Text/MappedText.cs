using System.Text;

namespace Corroborate.Core.Text;

/// <summary>
/// Text under construction that remembers, for every character, its offset in the original input, so
/// that normalising and cleaning never lose the way back to the source.
/// </summary>
public sealed class MappedText
{
    public string Text { get; }
    public IReadOnlyList<int> Origins { get; }

    public MappedText(string text, IReadOnlyList<int> origins)
    {
        if (text.Length != origins.Count) throw new ArgumentException("one origin per character is required");
        Text = text;
        Origins = origins;
    }

    public static MappedText Identity(string text) => new(text, Enumerable.Range(0, text.Length).ToArray());

    public int Length => Text.Length;

    public MappedText Slice(int start, int end) =>
        new(Text[start..end], Origins.Skip(start).Take(end - start).ToArray());

    /// <summary>Original offset of the character at <paramref name="index"/>; one past the end maps past the last origin.</summary>
    public int OriginOf(int index) =>
        index < Origins.Count ? Origins[index] : (Origins.Count == 0 ? 0 : Origins[^1] + 1);

    public sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _origins = [];

        public int Length => _text.Length;
        public char this[int index] => _text[index];

        public void Append(char c, int origin) { _text.Append(c); _origins.Add(origin); }

        public void Append(string s, int origin)
        {
            foreach (var c in s) Append(c, origin);
        }

        public void Append(MappedText source, int start, int end)
        {
            for (int i = start; i < end; i++) Append(source.Text[i], source.Origins[i]);
        }

        public void TrimEnd(Func<char, bool> drop)
        {
            int n = _text.Length;
            while (n > 0 && drop(_text[n - 1])) n--;
            _text.Length = n;
            _origins.RemoveRange(n, _origins.Count - n);
        }

        public MappedText Build() => new(_text.ToString(), _origins.ToArray());
    }
}
